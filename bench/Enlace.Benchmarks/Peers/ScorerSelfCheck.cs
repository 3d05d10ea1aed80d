namespace Enlace.Benchmarks.Peers;

/// <summary>
/// Before any tool is scored, the gold itself is handed to <see cref="PeerScorer"/> as a tool's findings: it must score
/// perfectly. A slip in placing the gold's quotes or in the matching rules stops the run instead of skewing the tables.
/// </summary>
public static class ScorerSelfCheck
{
    public static void Run(LabelledSet set)
    {
        var echo = set.Texts.ToDictionary(
            t => t.Id,
            t => new TextFindings(
                [.. t.Dates.Select(d => new FoundDate(d.Span, d.From, d.To))],
                [.. t.Numbers.Select(n => new FoundNumber(n.Span, n.Value, n.Qualifier))],
                [.. t.Dates.Select(d => d.Span)]),
            StringComparer.Ordinal);
        var score = PeerScorer.Score(set, new ToolRun("gold", "", echo, new PassTimings(0, [], []), ReadsQualifiers: true));
        if (score.Misses.Count > 0 || score.QualifiersRight != score.Qualified
            || score.Dates.TruePositives != set.Texts.Sum(t => t.Dates.Count)
            || score.Numbers?.TruePositives != set.Texts.Sum(t => t.Numbers.Count))
        {
            var first = score.Misses.Count > 0 ? score.Misses[0] : null;
            throw new InvalidDataException($"{set.Name}: the gold does not score perfectly against itself ({score.Misses.Count} errors"
                + (first is null ? ")" : $", first: {first.TextId} {first.Kind} \"{first.Quote}\")"));
        }
    }
}
