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

    public DateInterval? Current => lastNewsDay ?? lastDay;

    public void Saw(DateInterval interval, bool isPublicationDate)
    {
        if (interval.Precision != DatePrecision.Day || isPublicationDate)
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
