namespace Enlace.Extraction.Numbers;

internal static class SpanishNumberWords
{
    public static FoldedLexicon<NumberWord> Lexicon { get; } = new(Entries());

    private static IEnumerable<KeyValuePair<string, NumberWord>> Entries()
    {
        string[] units = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
        for (var i = 1; i < units.Length; i++)
        {
            yield return new(units[i], new(i, NumberWordKind.Unit));
        }

        string[] teens =
        [
            "diez", "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve",
            "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete",
            "veintiocho", "veintinueve",
        ];
        for (var i = 0; i < teens.Length; i++)
        {
            yield return new(teens[i], new(10 + i, i == 10 ? NumberWordKind.Tens : NumberWordKind.Teen));
        }

        yield return new("veintiún", new(21, NumberWordKind.Teen));
        yield return new("veintiuna", new(21, NumberWordKind.Teen));

        string[] tens = ["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
        for (var i = 0; i < tens.Length; i++)
        {
            yield return new(tens[i], new(30 + (10 * i), NumberWordKind.Tens));
        }

        yield return new("cien", new(100, NumberWordKind.Hundreds));
        yield return new("ciento", new(100, NumberWordKind.Hundreds));
        string[] hundreds = ["dosciento", "tresciento", "cuatrociento", "quiniento", "seisciento", "seteciento", "ochociento", "noveciento"];
        for (var i = 0; i < hundreds.Length; i++)
        {
            yield return new(hundreds[i] + "s", new(200 + (100 * i), NumberWordKind.Hundreds));
            yield return new(hundreds[i][..^1] + "as", new(200 + (100 * i), NumberWordKind.Hundreds));
        }

        yield return new("mil", new(1_000, NumberWordKind.Scale));
        yield return new("millón", new(1_000_000, NumberWordKind.Scale));
        yield return new("millones", new(1_000_000, NumberWordKind.Scale));
        yield return new("billón", new(1_000_000_000_000, NumberWordKind.Scale));
        yield return new("billones", new(1_000_000_000_000, NumberWordKind.Scale));

        yield return new("docena", new(12, NumberWordKind.Dozen));
        yield return new("docenas", new(12, NumberWordKind.Dozen));
        yield return new("decena", new(10, NumberWordKind.Collective));
        yield return new("veintena", new(20, NumberWordKind.Collective));
        yield return new("treintena", new(30, NumberWordKind.Collective));
        yield return new("cuarentena", new(40, NumberWordKind.Collective));
        yield return new("cincuentena", new(50, NumberWordKind.Collective));
        yield return new("centenar", new(100, NumberWordKind.Collective));
        yield return new("millar", new(1_000, NumberWordKind.Collective));

        // The smallest plural the word allows: "decenas" are at least two tens.
        yield return new("decenas", new(20, NumberWordKind.Vague));
        yield return new("cientos", new(200, NumberWordKind.Vague));
        yield return new("centenares", new(200, NumberWordKind.Vague));
        yield return new("miles", new(2_000, NumberWordKind.Vague));
        yield return new("millares", new(2_000, NumberWordKind.Vague));

        yield return new("un", new(1, NumberWordKind.Article));
        yield return new("una", new(1, NumberWordKind.Article));
        yield return new("medio", new(0.5m, NumberWordKind.Half));
        yield return new("media", new(0.5m, NumberWordKind.Half));
        yield return new("y", new(0, NumberWordKind.Connector));
    }
}
