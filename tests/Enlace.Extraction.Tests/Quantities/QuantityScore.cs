using Enlace.Core.Statements;

namespace Enlace.Extraction.Tests.Quantities;

/// <summary>
/// Scores extracted figures against gold as the evaluation does: a figure matches a gold one when their spans overlap
/// and they agree on measure, population and value. Qualifiers are scored separately, over the matches.
/// </summary>
public sealed class QuantityScore
{
    public int Extracted { get; private set; }

    public int Gold { get; private set; }

    public int Matched { get; private set; }

    public int QualifierAgreed { get; private set; }

    public List<string> Misses { get; } = [];

    public List<string> Spurious { get; } = [];

    public double Precision => Extracted == 0 ? 1 : (double)Matched / Extracted;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public void Add(GoldDocument document, IReadOnlyList<QuantityMention> extracted)
    {
        Extracted += extracted.Count;
        Gold += document.Quantities.Count;
        var used = new bool[extracted.Count];
        foreach (var gold in document.Quantities)
        {
            var index = FindMatch(gold, extracted, used);
            if (index < 0)
            {
                var near = extracted.Where(e => Overlap(e.Span, gold.Span)).Select(Describe);
                Misses.Add($"{document.Name}: '{gold.Text}' {gold.Value} {gold.Measure}/{gold.Population ?? "-"} — got [{string.Join("; ", near)}]");
                continue;
            }

            used[index] = true;
            Matched++;
            if (extracted[index].Qualifier.ToName() == gold.Qualifier)
            {
                QualifierAgreed++;
            }
            else
            {
                Misses.Add($"{document.Name}: '{gold.Text}' qualifier {gold.Qualifier}, got {extracted[index].Qualifier.ToName()}");
            }
        }

        for (var i = 0; i < extracted.Count; i++)
        {
            if (!used[i])
            {
                Spurious.Add($"{document.Name}: {Describe(extracted[i])}");
            }
        }
    }

    public string Summary(string name) =>
        $"{name}: precision {Precision:P1} ({Matched}/{Extracted}), recall {Recall:P1} ({Matched}/{Gold}), " +
        $"qualifier {(Matched == 0 ? 1 : (double)QualifierAgreed / Matched):P1}";

    private static int FindMatch(GoldQuantity gold, IReadOnlyList<QuantityMention> extracted, bool[] used)
    {
        for (var i = 0; i < extracted.Count; i++)
        {
            var e = extracted[i];
            if (!used[i] && Overlap(e.Span, gold.Span) && e.Measure == gold.Measure && e.Population == gold.Population && e.Value == gold.Value)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Overlap(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    private static string Describe(QuantityMention q) =>
        $"'{q.Text}' {q.Value} {q.Qualifier.ToName()} {q.Measure}/{q.Population ?? "-"}{(q.Unit is null ? "" : " " + q.Unit)}{(q.Item is null ? "" : " item=" + q.Item)}";
}
