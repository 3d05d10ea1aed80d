namespace Enlace.Extraction.Gazetteers;

/// <summary>
/// A known organisation or place, with its canonical name in each language and the other names it goes by.
/// <see cref="ContextualNames"/> name it only in a document about <see cref="Country"/> ("Policía Nacional").
/// </summary>
/// <param name="Type">"organization" or "location".</param>
/// <param name="Kind">police, prosecutor, court, ministry, government, agency, military, embassy, gang, news, ngo,
/// international; or country, region, city, district, neighbourhood, landmark, airport, prison.</param>
public sealed record GazetteerEntry(
    string Id,
    string Type,
    string Kind,
    string Country,
    string English,
    string Spanish,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> ContextualNames)
{
    public string NameIn(string language) => language == "es" ? Spanish : English;

    /// <summary>How the entity finders key the entity this entry names ("#" and its id), made once.</summary>
    public string Key { get; } = "#" + Id;

    public bool IsOrganisation => Type == EntityTypes.Organization;
}
