namespace Enlace.Extraction.Tests.Entities;

/// <summary>One report and what its analysts extracted from it.</summary>
public sealed record GoldDocument(
    string Corpus,
    string File,
    string Language,
    string Text,
    IReadOnlyList<string> Organisations,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Places,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Aliases,
    IReadOnlyList<GoldQuantity> Quantities,
    IReadOnlyList<GoldRelation> Relations)
{
    /// <summary>Every name the gold gives the entity: its canonical name and its aliases.</summary>
    public IReadOnlyList<string> NamesOf(string name) => [name, .. Aliases.GetValueOrDefault(name) ?? []];

    public override string ToString() => $"{Corpus}/{File}";
}
