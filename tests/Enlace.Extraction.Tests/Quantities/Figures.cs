using Enlace.Core.Statements;
using Enlace.Extraction.Quantities;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Quantities;

/// <summary>Runs the quantity finder on a snippet and picks out figures by the text they cover.</summary>
internal static class Figures
{
    public static IReadOnlyList<QuantityMention> In(string text, string language) =>
        QuantityFinder.Find(text, language, SentenceSplitter.Split(text));

    /// <summary>The one figure whose span covers <paramref name="part"/>'s first occurrence.</summary>
    public static QuantityMention At(string text, string language, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{part}' is not in the text");
        var covering = In(text, language).Where(q => q.Span.Start <= start && start < q.Span.End).ToList();
        return Assert.Single(covering);
    }

    public static string Describe(this QuantityMention q) =>
        $"{q.Value} {q.Qualifier.ToName()} {q.Measure} {q.Population ?? "-"} {q.Unit ?? "-"} {q.Item ?? "-"}";
}
