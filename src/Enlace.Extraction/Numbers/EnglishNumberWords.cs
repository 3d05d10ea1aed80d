namespace Enlace.Extraction.Numbers;

internal static class EnglishNumberWords
{
    public static FoldedLexicon<NumberWord> Lexicon { get; } = new(Entries());

    private static IEnumerable<KeyValuePair<string, NumberWord>> Entries()
    {
        string[] units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        for (var i = 1; i < units.Length; i++)
        {
            yield return new(units[i], new(i, NumberWordKind.Unit));
        }

        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < teens.Length; i++)
        {
            yield return new(teens[i], new(10 + i, NumberWordKind.Teen));
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            yield return new(tens[i], new(20 + (10 * i), NumberWordKind.Tens));
        }

        yield return new("hundred", new(100, NumberWordKind.HundredTimes));
        yield return new("thousand", new(1_000, NumberWordKind.Scale));
        yield return new("million", new(1_000_000, NumberWordKind.Scale));
        yield return new("billion", new(1_000_000_000, NumberWordKind.Scale));
        yield return new("mn", new(1_000_000, NumberWordKind.Scale));
        yield return new("bn", new(1_000_000_000, NumberWordKind.Scale));
        yield return new("dozen", new(12, NumberWordKind.Dozen));

        // The smallest plural the word allows: "dozens" are at least two dozen.
        yield return new("dozens", new(24, NumberWordKind.Vague));
        yield return new("hundreds", new(200, NumberWordKind.Vague));
        yield return new("thousands", new(2_000, NumberWordKind.Vague));
        yield return new("millions", new(2_000_000, NumberWordKind.Vague));

        yield return new("a", new(1, NumberWordKind.Article));
        yield return new("an", new(1, NumberWordKind.Article));
        yield return new("half", new(0.5m, NumberWordKind.Half));
        yield return new("and", new(0, NumberWordKind.Connector));
    }
}
