using System.Globalization;
using Enlace.Extraction.Dates;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Dates;

/// <summary>Runs <see cref="DateFinder"/> on a snippet as of a fixed day, so inferred years do not move with the clock.</summary>
internal static class Probe
{
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static DateFindings Find(string text, string language, string? published = null) =>
        DateFinder.Find(text, language, published is null ? null : DateOnly.Parse(published, CultureInfo.InvariantCulture), SentenceSplitter.Split(text), Today);

    /// <summary>Each date found, as "text → resolved".</summary>
    public static string[] Dates(string text, string language, string? published = null) =>
        [.. Find(text, language, published).Dates.Select(d => $"{d.Text} → {d.Resolved}")];
}
