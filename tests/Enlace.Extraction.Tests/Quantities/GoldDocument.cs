namespace Enlace.Extraction.Tests.Quantities;

/// <summary>A report with the figures its gold file lists.</summary>
public sealed record GoldDocument(string Corpus, string Name, string Language, string Text, IReadOnlyList<GoldQuantity> Quantities)
{
    public override string ToString() => Name;
}
