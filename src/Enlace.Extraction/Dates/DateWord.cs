namespace Enlace.Extraction.Dates;

/// <summary>What the lexicon knows of one word, looked up once when the text is cut into tokens.</summary>
/// <param name="Month">1 to 12, or 0 when the word names no month.</param>
/// <param name="Weekday">The <see cref="DayOfWeek"/> plus one, or 0 when the word names no weekday.</param>
/// <param name="Number">The value of a small number word ("two", "tres"), or 0.</param>
/// <param name="Opens">Whether a date expression can begin with the word; readers skip every other word at once.</param>
internal readonly record struct DateWord(byte Month, bool IsAbbreviation, byte Weekday, byte Number, bool Opens)
{
    public static DateWord None => default;
}
