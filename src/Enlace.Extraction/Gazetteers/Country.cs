namespace Enlace.Extraction.Gazetteers;

/// <summary>A country with what names it indirectly: its demonyms ("Venezuelan", "venezolana") and its capital.</summary>
/// <param name="SpanishWithArticle">The Spanish name as used after a preposition ("en el Perú").</param>
public sealed record Country(string Code, string English, string Spanish, string SpanishWithArticle, string Capital, GazetteerEntry Entry)
{
    public string NameIn(string language) => language == "es" ? Spanish : English;
}
