namespace Enlace.Extraction.Tests.Dates;

/// <summary>One report of a gold corpus with the dates an analyst listed for it.</summary>
public sealed record GoldDocument(
    string Corpus,
    string File,
    string Text,
    string Language,
    DateOnly? Published,
    int? InferredYear,
    IReadOnlyList<GoldDate> Dates)
{
    public override string ToString() => $"{Corpus}/{File}";
}
