namespace Enlace.Benchmarks.Peers;

/// <summary>
/// A named set of labelled texts. In an exhaustive set every number is labelled, so a number found that the gold does not
/// list is a false positive; the corpora's gold lists only the figures a report is about, so there only recall is measured.
/// </summary>
public sealed record LabelledSet(string Name, IReadOnlyList<LabelledText> Texts, bool NumbersExhaustive, string Note)
{
    public long Utf8Bytes { get; } = Texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t.Text));
}
