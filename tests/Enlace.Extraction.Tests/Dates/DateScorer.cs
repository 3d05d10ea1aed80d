using Enlace.Extraction.Dates;

namespace Enlace.Extraction.Tests.Dates;

/// <summary>Scores what <see cref="DateFinder"/> found in one gold document, listing every miss for the test output.</summary>
public static class DateScorer
{
    public static DateTally Score(GoldDocument document, DateFindings findings, List<string> misses)
    {
        var found = findings.Dates;
        var used = new bool[found.Count];
        int matched = 0, exact = 0, rightWarnings = 0;
        foreach (var gold in document.Dates)
        {
            var end = gold.Start + gold.Text.Length;
            var hit = Enumerable.Range(0, found.Count)
                .Where(k => !used[k] && found[k].Span.Start < end && gold.Start < found[k].Span.End)
                .OrderByDescending(k => found[k].Resolved.ToIsoString() == gold.Resolved)
                .Cast<int?>()
                .FirstOrDefault();
            if (hit is not { } k || found[k].Resolved.ToIsoString() != gold.Resolved)
            {
                misses.Add(hit is { } wrong
                    ? $"{document}: '{gold.Text}' resolved {found[wrong].Resolved} (as '{found[wrong].Text}'), gold {gold.Resolved}"
                    : $"{document}: missed '{gold.Text}' ({gold.Resolved})");
                if (hit is { } w)
                {
                    used[w] = true;
                }

                continue;
            }

            used[k] = true;
            matched++;
            if (found[k].Text == gold.Text)
            {
                exact++;
            }
            else
            {
                misses.Add($"{document}: extent '{found[k].Text}' for gold '{gold.Text}'");
            }

            if (gold.InconsistentWith is not null && found[k].Warning is not null)
            {
                rightWarnings++;
            }
            else if (gold.InconsistentWith is not null)
            {
                misses.Add($"{document}: no warning on '{gold.Text}' (inconsistent with '{gold.InconsistentWith}')");
            }
            else if (found[k].Warning is { } warning)
            {
                misses.Add($"{document}: unexpected warning on '{found[k].Text}': {warning}");
            }
        }

        for (var k = 0; k < found.Count; k++)
        {
            if (!used[k])
            {
                misses.Add($"{document}: spurious '{found[k].Text}' → {found[k].Resolved}{(found[k].Warning is { } w ? " warning: " + w : "")}");
            }
        }

        return new DateTally(
            document.Dates.Count, found.Count, matched, exact,
            document.Dates.Count(d => d.InconsistentWith is not null), found.Count(d => d.Warning is not null), rightWarnings);
    }
}
