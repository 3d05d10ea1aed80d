using System.Globalization;

namespace Enlace.Extraction.Tests.Dates;

/// <summary>
/// Counts for precision and recall. A found date matches a gold one when their spans overlap and they resolve to the
/// same value; <see cref="Exact"/> counts the matches whose text is also exactly the gold text.
/// </summary>
public sealed record DateTally(int Gold, int Found, int Matched, int Exact, int GoldWarnings, int FoundWarnings, int RightWarnings)
{
    public static DateTally Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public double Precision => Found == 0 ? 1 : (double)Matched / Found;

    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;

    public double ExactRecall => Gold == 0 ? 1 : (double)Exact / Gold;

    public static DateTally operator +(DateTally a, DateTally b) => new(
        a.Gold + b.Gold, a.Found + b.Found, a.Matched + b.Matched, a.Exact + b.Exact,
        a.GoldWarnings + b.GoldWarnings, a.FoundWarnings + b.FoundWarnings, a.RightWarnings + b.RightWarnings);

    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "precision {0:P1} ({1}/{2}), recall {3:P1} ({1}/{4}), exact-text recall {5:P1}, warnings {6} right of {7} found, {8} expected",
        Precision, Matched, Found, Recall, Gold, ExactRecall, RightWarnings, FoundWarnings, GoldWarnings);
}
