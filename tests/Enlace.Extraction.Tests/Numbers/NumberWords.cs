namespace Enlace.Extraction.Tests.Numbers;

/// <summary>Writes numbers out in words the way Spanish and English reports do, to read them back.</summary>
internal static class NumberWords
{
    private static readonly string[] EnglishSmall =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] EnglishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] SpanishSmall =
    [
        "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
        "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno", "veintidós",
        "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve",
    ];

    private static readonly string[] SpanishTens = ["", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];

    private static readonly string[] SpanishHundreds =
    [
        "", "ciento", "doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos",
    ];

    public static string English(int n)
    {
        var parts = new List<string>();
        if (n >= 1_000_000)
        {
            parts.Add(EnglishBelowThousand(n / 1_000_000) + " million");
        }

        if (n / 1000 % 1000 > 0)
        {
            parts.Add(EnglishBelowThousand(n / 1000 % 1000) + " thousand");
        }

        if (n % 1000 > 0)
        {
            parts.Add((parts.Count > 0 && n % 1000 < 100 ? "and " : "") + EnglishBelowThousand(n % 1000));
        }

        return string.Join(' ', parts);
    }

    public static string Spanish(int n)
    {
        var parts = new List<string>();
        var millions = n / 1_000_000;
        var thousands = n / 1000 % 1000;
        if (millions > 0)
        {
            parts.Add(millions == 1 ? "un millón" : SpanishBelowThousand(millions, beforeNoun: true) + " millones");
        }

        if (thousands > 0)
        {
            parts.Add(thousands == 1 ? "mil" : SpanishBelowThousand(thousands, beforeNoun: true) + " mil");
        }

        if (n % 1000 > 0)
        {
            parts.Add(SpanishBelowThousand(n % 1000, beforeNoun: false));
        }

        return string.Join(' ', parts);
    }

    private static string EnglishBelowThousand(int n)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        var below = rest < 20 ? EnglishSmall[rest] : EnglishTens[rest / 10] + (rest % 10 > 0 ? "-" + EnglishSmall[rest % 10] : "");
        return hundreds == 0 ? below : EnglishSmall[hundreds] + " hundred" + (rest > 0 ? " and " + below : "");
    }

    // Before "mil" and "millones", "uno" and "veintiuno" lose their last letter: "veintiún mil", "treinta y un millones".
    private static string SpanishBelowThousand(int n, bool beforeNoun)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        var below = rest < 30
            ? SpanishSmall[rest]
            : SpanishTens[rest / 10] + (rest % 10 > 0 ? " y " + SpanishSmall[rest % 10] : "");
        if (beforeNoun && rest % 10 == 1 && rest != 11)
        {
            below = rest == 21 ? "veintiún" : below[..^1];
        }

        if (hundreds == 0)
        {
            return below;
        }

        var head = n == 100 ? "cien" : SpanishHundreds[hundreds];
        return rest == 0 ? head : head + " " + below;
    }
}
