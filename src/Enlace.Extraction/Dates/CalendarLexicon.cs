using System.Collections.Frozen;

namespace Enlace.Extraction.Dates;

/// <summary>Month and weekday names and small number words of one language.</summary>
/// <param name="NamesAreCapitalised">
/// English writes months and weekdays with a capital, which is what tells "May 5" from "may" and "March 3" from "march".
/// </param>
internal sealed class CalendarLexicon(
    IEnumerable<(string Name, int Month)> months,
    IEnumerable<string> monthAbbreviations,
    IEnumerable<(string Name, DayOfWeek Day)> weekdays,
    IEnumerable<(string Word, int Value)> numberWords,
    bool NamesAreCapitalised)
{
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> months =
        months.DistinctBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToFrozenDictionary(m => m.Name, m => m.Month, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> abbreviations =
        monthAbbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> weekdays =
        weekdays.ToFrozenDictionary(d => d.Name, d => d.Day, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> numbers =
        numberWords.ToFrozenDictionary(n => n.Word, n => n.Value, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static CalendarLexicon English { get; } = new(
        Named(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"])
            .Concat(Named(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]))
            .Append(("Sept", 9)),
        ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
        [("Monday", DayOfWeek.Monday), ("Tuesday", DayOfWeek.Tuesday), ("Wednesday", DayOfWeek.Wednesday),
         ("Thursday", DayOfWeek.Thursday), ("Friday", DayOfWeek.Friday), ("Saturday", DayOfWeek.Saturday), ("Sunday", DayOfWeek.Sunday)],
        [("a", 1), ("an", 1), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
         ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12)],
        NamesAreCapitalised: true);

    public static CalendarLexicon Spanish { get; } = new(
        Named(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"])
            .Concat(Named(["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]))
            .Concat([("setiembre", 9), ("sept", 9), ("set", 9)]),
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "set", "oct", "nov", "dic"],
        [("lunes", DayOfWeek.Monday), ("martes", DayOfWeek.Tuesday), ("miércoles", DayOfWeek.Wednesday), ("miercoles", DayOfWeek.Wednesday),
         ("jueves", DayOfWeek.Thursday), ("viernes", DayOfWeek.Friday), ("sábado", DayOfWeek.Saturday), ("sabado", DayOfWeek.Saturday),
         ("domingo", DayOfWeek.Sunday)],
        [("un", 1), ("una", 1), ("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4), ("cinco", 5), ("seis", 6), ("siete", 7),
         ("ocho", 8), ("nueve", 9), ("diez", 10), ("once", 11), ("doce", 12)],
        NamesAreCapitalised: false);

    public bool NamesAreCapitalised { get; } = NamesAreCapitalised;

    /// <summary>A month name; abbreviations ("Feb", "oct") count only when <paramref name="allowAbbreviation"/>.</summary>
    public bool TryMonth(ReadOnlySpan<char> word, bool allowAbbreviation, out int month)
    {
        month = 0;
        return CaseFits(word)
            && months.TryGetValue(word, out month)
            && (allowAbbreviation || !abbreviations.Contains(word));
    }

    public bool IsAbbreviation(ReadOnlySpan<char> word) => abbreviations.Contains(word);

    public bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        day = default;
        return CaseFits(word) && weekdays.TryGetValue(word, out day);
    }

    public bool TryNumberWord(ReadOnlySpan<char> word, out int value) => numbers.TryGetValue(word, out value);

    private bool CaseFits(ReadOnlySpan<char> word) => !NamesAreCapitalised || char.IsUpper(word[0]);

    private static IEnumerable<(string, int)> Named(string[] names) => names.Select((name, i) => (name, i + 1));
}
