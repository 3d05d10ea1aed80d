using System.Collections.Frozen;

namespace Enlace.Extraction.Dates;

/// <summary>Month and weekday names, small number words and the words date expressions open with, in one language.</summary>
/// <remarks>
/// English writes months and weekdays with a capital, which is what tells "May 5" from "may" and "March 3" from "march";
/// Spanish does not, and its abbreviations ("mar", "may") count only where a day number vouches for them.
/// </remarks>
internal sealed class CalendarLexicon
{
    private readonly FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> words;
    private readonly bool namesAreCapitalised;

    private CalendarLexicon(
        string[] months, string[] abbreviations, string[] weekdays, string[] numberWords, string[] openers, bool namesAreCapitalised)
    {
        this.namesAreCapitalised = namesAreCapitalised;
        var entries = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        void Add(string word, Func<DateWord, DateWord> change) =>
            entries[word] = change(entries.TryGetValue(word, out var known) ? known : DateWord.None) with { Opens = true };

        for (var m = 0; m < months.Length; m++)
        {
            var month = (byte)(m + 1);
            foreach (var name in months[m].Split(' '))
            {
                Add(name, w => w with { Month = month });
            }
        }

        foreach (var abbreviation in abbreviations)
        {
            Add(abbreviation, w => w with { IsAbbreviation = true });
        }

        for (var d = 0; d < weekdays.Length; d++)
        {
            var weekday = (byte)(d + 1);
            foreach (var name in weekdays[d].Split(' '))
            {
                Add(name, w => w with { Weekday = weekday });
            }
        }

        for (var n = 0; n < numberWords.Length; n++)
        {
            var value = (byte)(n + 1);
            foreach (var word in numberWords[n].Split(' '))
            {
                Add(word, w => w with { Number = value });
            }
        }

        foreach (var opener in openers)
        {
            Add(opener, w => w);
        }

        words = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // Months and weekdays list their spellings separated by spaces; weekdays start from Sunday, as DayOfWeek does.
    public static CalendarLexicon English { get; } = new(
        ["January Jan", "February Feb", "March Mar", "April Apr", "May", "June Jun", "July Jul", "August Aug", "September Sep Sept",
         "October Oct", "November Nov", "December Dec"],
        ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"],
        ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
        ["one a an", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"],
        ["the", "around", "about", "circa", "early", "late", "mid", "in", "since", "until", "till", "by", "during", "through", "from",
         "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "last", "this", "next", "on", "that", "so", "over", "end",
         "beginning", "start", "middle"],
        namesAreCapitalised: true);

    public static CalendarLexicon Spanish { get; } = new(
        ["enero ene", "febrero feb", "marzo mar", "abril abr", "mayo may", "junio jun", "julio jul", "agosto ago",
         "septiembre setiembre sep sept set", "octubre oct", "noviembre nov", "diciembre dic"],
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "set", "oct", "nov", "dic"],
        ["domingo", "lunes", "martes", "miércoles miercoles", "jueves", "viernes", "sábado sabado"],
        ["uno un una", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce"],
        ["la", "alrededor", "primero", "a", "en", "desde", "hasta", "durante", "de", "año", "ayer", "hoy", "anoche", "anteayer",
         "antier", "pasado", "mañana", "esta", "el", "este", "del", "ese", "aquel", "hace", "al"],
        namesAreCapitalised: false);

    public DateWord Classify(ReadOnlySpan<char> word)
    {
        if (!words.TryGetValue(word, out var known))
        {
            return DateWord.None;
        }

        // A lower-case "may" or "march" in English is a verb, not a month.
        return namesAreCapitalised && !char.IsUpper(word[0]) ? known with { Month = 0, Weekday = 0 } : known;
    }
}
