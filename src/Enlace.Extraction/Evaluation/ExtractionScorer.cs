using System.Globalization;
using System.Text;
using Enlace.Core.Statements;

namespace Enlace.Extraction.Evaluation;

/// <summary>
/// Scores extraction against gold, document by document. Figures match on (measure, population, value), dates on
/// their resolved value, entities on type and any shared name or alias (case and accents ignored). Qualifier and
/// attribution are judged on the matched figures only, so one error is never counted twice.
/// </summary>
public sealed class ExtractionScorer
{
    private readonly List<EvaluationMiss> _misses = [];
    private Score _quantities = new(0, 0, 0);
    private Score _dates = new(0, 0, 0);
    private Score _entities = new(0, 0, 0);
    private Accuracy _qualifiers = new(0, 0);
    private Accuracy _attributions = new(0, 0);
    private int _documents;

    public void Add(GoldDocument gold, string text, ExtractionResult result)
    {
        _documents++;
        ScoreQuantities(gold, text, result.Quantities);
        ScoreDates(gold, result.Dates);
        ScoreEntities(gold, result.Entities);
    }

    public EvaluationReport Report() => new(_documents, _quantities, _dates, _entities, _qualifiers, _attributions, [.. _misses]);

    /// <summary>Lowercase, accents removed, spaces collapsed, a leading article dropped: how names are compared.</summary>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        var folded = builder.ToString().Trim();
        foreach (var article in (string[])["the ", "la ", "el ", "los ", "las "])
        {
            if (folded.StartsWith(article, StringComparison.Ordinal))
            {
                return folded[article.Length..];
            }
        }

        return folded;
    }

    private void ScoreQuantities(GoldDocument gold, string text, IReadOnlyList<QuantityMention> predicted)
    {
        var unused = predicted.ToList();
        var matched = 0;
        foreach (var expected in gold.Quantities)
        {
            var at = expected.Text.Length > 0 ? text.IndexOf(expected.Text, StringComparison.Ordinal) : -1;
            var goldSpan = at >= 0 ? new TextSpan(at, at + expected.Text.Length) : (TextSpan?)null;
            var candidates = unused.Where(p => p.Measure == expected.Measure && (p.Population ?? "") == (expected.Population ?? "") && p.Value == expected.Value).ToList();
            var pick = candidates.FirstOrDefault(p => goldSpan is { } g && p.Span.Start < g.End && g.Start < p.Span.End) ?? candidates.FirstOrDefault();
            if (pick is null)
            {
                _misses.Add(new(gold.File, "quantity", true, $"\"{expected.Text}\" → {expected.Value} {expected.Measure}{Population(expected.Population)}"));
                continue;
            }

            unused.Remove(pick);
            matched++;
            var qualifierRight = pick.Qualifier.ToName() == expected.Qualifier;
            _qualifiers += new Accuracy(qualifierRight ? 1 : 0, 1);
            if (!qualifierRight)
            {
                _misses.Add(new(gold.File, "qualifier", false, $"\"{expected.Text}\": {pick.Qualifier.ToName()} instead of {expected.Qualifier}"));
            }

            var attributionRight = Normalise(pick.AttributedTo) == Normalise(expected.AttributedTo);
            _attributions += new Accuracy(attributionRight ? 1 : 0, 1);
            if (!attributionRight)
            {
                _misses.Add(new(gold.File, "attribution", false, $"\"{expected.Text}\": {pick.AttributedTo ?? "none"} instead of {expected.AttributedTo ?? "none"}"));
            }
        }

        foreach (var extra in unused)
        {
            _misses.Add(new(gold.File, "quantity", false, $"\"{extra.Text}\" → {extra.Value} {extra.Measure}{Population(extra.Population)}"));
        }

        _quantities += new Score(matched, predicted.Count, gold.Quantities.Count);
    }

    private void ScoreDates(GoldDocument gold, IReadOnlyList<DateMention> predicted)
    {
        var unused = predicted.ToList();
        var matched = 0;
        foreach (var expected in gold.Dates)
        {
            var pick = unused.FirstOrDefault(d => d.Resolved.ToIsoString() == expected.Resolved && d.Text == expected.Text) ??
                unused.FirstOrDefault(d => d.Resolved.ToIsoString() == expected.Resolved);
            if (pick is null)
            {
                _misses.Add(new(gold.File, "date", true, $"\"{expected.Text}\" → {expected.Resolved}"));
                continue;
            }

            unused.Remove(pick);
            matched++;
        }

        foreach (var extra in unused)
        {
            _misses.Add(new(gold.File, "date", false, $"\"{extra.Text}\" → {extra.Resolved.ToIsoString()}"));
        }

        _dates += new Score(matched, predicted.Count, gold.Dates.Count);
    }

    private void ScoreEntities(GoldDocument gold, IReadOnlyList<EntityMention> predicted)
    {
        var unused = predicted.ToList();
        var matched = 0;
        foreach (var expected in gold.Entities)
        {
            var names = expected.Aliases.Append(expected.Name).Select(Normalise).ToHashSet(StringComparer.Ordinal);
            var pick = unused.FirstOrDefault(e => e.Type == expected.Type && e.Aliases.Append(e.Name).Any(n => names.Contains(Normalise(n))));
            if (pick is null)
            {
                _misses.Add(new(gold.File, "entity", true, $"{expected.Type} {expected.Name}"));
                continue;
            }

            unused.Remove(pick);
            matched++;
        }

        foreach (var extra in unused)
        {
            _misses.Add(new(gold.File, "entity", false, $"{extra.Type} {extra.Name}"));
        }

        _entities += new Score(matched, predicted.Count, gold.Entities.Count);
    }

    private static string Population(string? population) => population is null ? "" : $" ({population})";
}
