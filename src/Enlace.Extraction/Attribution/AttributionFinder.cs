using Enlace.Core.Statements;

namespace Enlace.Extraction.Attribution;

/// <summary>
/// Who the text credits with a figure: "According to X", "X said", "según X", "informó X", "X pegged the number at …",
/// "Washington announced" (the United States), a body's own release or count, and the body that did what is counted
/// ("Peruvian police rescued 40 girls"). A source that is no entity comes back as written ("official reports"). When nothing
/// credits a source the answer is null: the publisher is not assumed.
/// </summary>
public static class AttributionFinder
{
    /// <summary>Receives which rule credited each figure, for diagnosing a decision.</summary>
    public static Action<string>? Trace { get; set; }

    public static string? AttributedTo(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<EntityMention> entities, TextSpan figure) =>
        string.IsNullOrEmpty(text) || figure.Start >= text.Length || figure.End > text.Length
            ? null
            : AttributedTo(AttributionContext.For(text, sentences, entities), figure);

    /// <summary>Who the text credits with the figure at <paramref name="figure"/>, with the document read once for all its figures.</summary>
    public static string? AttributedTo(AttributionContext context, TextSpan figure)
    {
        var text = context.Text;
        if (text.Length == 0 || figure.Start >= text.Length || figure.End > text.Length)
        {
            return null;
        }

        var doc = context.Document;
        var token = doc.TokenAtOrAfter(figure.Start);
        if (token >= doc.Count)
        {
            return null;
        }

        var (first, end) = Clause(context, token);
        var cue = AttributionRules.Cue(context, first, end, token);
        var reporting = cue is null ? AttributionRules.Reporting(context, first, end, token) : null;
        var document = cue is null && reporting is null ? AttributionRules.DocumentOf(context, first, end) : null;
        var we = cue is null && reporting is null && document is null ? AttributionRules.FirstPerson(context, first, end) : null;
        var actor = cue is null && reporting is null && document is null && we is null ? AttributionRules.Actor(context, first, token) : null;
        Trace?.Invoke($"{figure.Of(text)}: cue={cue} reporting={reporting} document={document} we={we} actor={actor}");
        return cue ?? reporting ?? document ?? we ?? actor;
    }

    // Tokens either side of a figure that may credit it. Real sentences stay well inside it; a "sentence" longer than this
    // is a list or a table run together, and reading all of it for every figure would cost the square of its length.
    private const int MaxReach = 200;

    // The figure's sentence, cut at semicolons: "Carabineros habló de 17 detenidos; la Fiscalía elevó la cifra a 19".
    private static (int First, int End) Clause(AttributionContext context, int token)
    {
        var doc = context.Document;
        var (first, end) = doc.SentenceTokens(token);
        (first, end) = (Math.Max(first, token - MaxReach), Math.Min(end, token + MaxReach));
        for (var k = token - 1; k > first; k--)
        {
            if (doc.IsAny(k, ";"))
            {
                first = k + 1;
                break;
            }
        }

        for (var k = token; k < end; k++)
        {
            if (doc.IsAny(k, ";"))
            {
                end = k;
                break;
            }
        }

        return (first, end);
    }
}
