using Enlace.Core.Statements;

namespace Enlace.Extraction.Dates;

/// <summary>
/// The day "on the same day" / "ese mismo día" points back at: the last day mentioned, preferring one near publication
/// (the news itself) over a background date given since ("detained on Saturday … raided on March 14 … on the same day").
/// </summary>
internal sealed class SameDayReference(DateOnly? published)
{
    private const int NewsWindow = 14;

    private DateInterval? lastDay;
    private DateInterval? lastNewsDay;

    private DateInterval? lastWritten;

    public DateInterval? Current => lastNewsDay ?? lastDay;

    /// <summary>The last day or span of days written, what "al día siguiente" and "two days earlier" count from.</summary>
    public DateInterval? Last => lastWritten;

    public void Saw(DateInterval interval, bool isPublicationDate)
    {
        if (interval.Precision != DatePrecision.Day || isPublicationDate)
        {
            return;
        }

        lastWritten = interval;
        if (interval.IsRange)
        {
            return;
        }

        lastDay = interval;
        if (published is { } pub && Math.Abs(interval.Start.DayNumber - pub.DayNumber) <= NewsWindow)
        {
            lastNewsDay = interval;
        }
    }
}
