using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// "United States Ambassador Stephanie X" in a report that names the United States Embassy in Peru is the United States
/// Ambassador to Peru: an ambassador's post is the seat of the document's embassy of that country.
/// </summary>
public static class AmbassadorPosts
{
    public static void Complete(EntityDocument doc, IReadOnlyList<EntityBuilder> entities)
    {
        var embassies = entities.Where(e => e.Type == EntityTypes.Organization).Select(e => e.Canonical(doc)).ToList();
        foreach (var person in entities.Where(e => e.Type == EntityTypes.Person))
        {
            var role = person.BestRole();
            if (role is null || !EndsWithAmbassador(role))
            {
                continue;
            }

            var sender = Gazetteer.Instance.Countries.FirstOrDefault(c => Names(c).Any(n => role.StartsWith(n + " ", StringComparison.Ordinal)));
            if (sender is null)
            {
                continue;
            }

            var prefix = EmbassyPattern.Canonical(doc.Language, sender, null) + (doc.IsSpanish ? " en " : " in ");
            var seats = embassies.Where(e => e.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e[prefix.Length..]).Distinct().ToList();
            if (seats.Count == 1)
            {
                person.Role = role + (doc.IsSpanish ? " en " : " to ") + seats[0];
            }
        }
    }

    private static bool EndsWithAmbassador(string role) =>
        role.EndsWith("Ambassador", StringComparison.OrdinalIgnoreCase) || role.EndsWith("embajador", StringComparison.OrdinalIgnoreCase)
        || role.EndsWith("embajadora", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Names(Country country) => [country.English, country.Spanish, .. country.Entry.Names];
}
