using System.Globalization;

namespace Enlace.Documents.Formats;

/// <summary>Reads the publication date a file states about itself, keeping the calendar date of the author's own clock.</summary>
internal static class PublicationDate
{
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        // A date without an offset is taken as written, not shifted into the server's time zone.
        return DateTimeOffset.TryParse(
            value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? From(parsed)
            : null;
    }

    public static DateOnly From(DateTimeOffset value) => DateOnly.FromDateTime(value.DateTime);
}
