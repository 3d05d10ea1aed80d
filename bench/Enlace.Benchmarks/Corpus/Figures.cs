using System.Globalization;

namespace Enlace.Benchmarks.Corpus;

/// <summary>Numbers and dates written the way each language's press writes them: "1.250,5 kilos, 14 de marzo de 2024" and "1,250.5 kilos, March 14, 2024".</summary>
public static class Figures
{
    private static readonly NumberFormatInfo SpanishNumbers = new() { NumberGroupSeparator = ".", NumberDecimalSeparator = "," };

    private static readonly string[] SpanishMonths =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static string Number(decimal value, bool spanish) =>
        value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.0", spanish ? SpanishNumbers : CultureInfo.InvariantCulture);

    public static string Date(DateOnly date, bool spanish) => spanish
        ? $"{date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}"
        : date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Month(DateOnly date, bool spanish) =>
        spanish ? SpanishMonths[date.Month - 1] : date.ToString("MMMM", CultureInfo.InvariantCulture);

    /// <summary>"a, b y c" / "a, b and c".</summary>
    public static string List(IReadOnlyList<string> items, bool spanish) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + (spanish ? " y " : " and ") + items[^1],
    };
}
