using Enlace.Core.Statements;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Finds the figures a report states, each with its exact span, value, qualifier, what it counts (measure), for whom
/// (population), and its unit or item: "at least 28 alleged members" arrested, "46 women were rescued", "S/ 38.500"
/// seized in soles, "entre 12 y 25 años" as two bounds of a sentence. Who the text credits is left to attribution.
/// </summary>
public static class QuantityFinder
{
    /// <param name="language">"es", "en", or anything else to read both languages' words.</param>
    /// <param name="sentences">The text's sentences, as <see cref="Text.SentenceSplitter.Split"/> gives them.</param>
    public static IReadOnlyList<QuantityMention> Find(string text, string language, IReadOnlyList<TextSpan> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        return new QuantityScan(text, language, sentences).Run();
    }
}
