using System.Globalization;

namespace Enlace.Extraction.Numbers;

/// <summary>
/// Reads "1.234" and "1,234" as thousands and "2,5" and "2.5" as decimals: a separator followed by exactly three digits
/// groups thousands, any other is the decimal mark, and when both marks appear the last one is the decimal mark. Both
/// conventions occur in Spanish and in English reports, so the shape decides rather than the language.
/// </summary>
internal static class DigitParser
{
    private const int MaxIntegerDigits = 15;

    public static DigitReading Read(ReadOnlySpan<char> digits)
    {
        if (digits.Contains(':'))
        {
            return new(DigitShape.Time, 0, false);
        }

        if (digits.Contains('/'))
        {
            return new(DigitShape.Date, 0, false);
        }

        var lastDot = digits.LastIndexOf('.');
        var lastComma = digits.LastIndexOf(',');
        if (lastDot < 0 && lastComma < 0)
        {
            return Plain(digits);
        }

        var decimalMark = DecimalMark(digits, lastDot, lastComma);
        return Separated(digits, decimalMark);
    }

    private static DigitReading Plain(ReadOnlySpan<char> digits)
    {
        if (digits.Length > MaxIntegerDigits)
        {
            return new(DigitShape.Absurd, 0, false);
        }

        if (digits.Length > 1 && digits[0] == '0')
        {
            return new(DigitShape.Code, 0, false);
        }

        return new(DigitShape.Amount, decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), false);
    }

    // '\0' when every separator groups thousands.
    private static char DecimalMark(ReadOnlySpan<char> digits, int lastDot, int lastComma)
    {
        if (lastDot >= 0 && lastComma >= 0)
        {
            return lastDot > lastComma ? '.' : ',';
        }

        var mark = lastDot >= 0 ? '.' : ',';
        var last = Math.Max(lastDot, lastComma);
        var single = digits.IndexOf(mark) == last;
        var groupOfThree = digits.Length - last - 1 == 3;
        var leadingZero = digits[0] == '0' && last == 1;
        return single && (!groupOfThree || leadingZero) ? mark : '\0';
    }

    private static DigitReading Separated(ReadOnlySpan<char> digits, char decimalMark)
    {
        Span<char> clean = stackalloc char[MaxIntegerDigits + 16];
        var length = 0;
        var integerDigits = 0;
        var groupLength = 0;
        var firstGroup = true;
        var inFraction = false;
        foreach (var c in digits)
        {
            if (char.IsAsciiDigit(c))
            {
                groupLength++;
                if (!inFraction && ++integerDigits > MaxIntegerDigits)
                {
                    return new(DigitShape.Absurd, 0, false);
                }

                if (length < clean.Length)
                {
                    clean[length++] = c;
                }

                continue;
            }

            if (inFraction || !(firstGroup ? groupLength is >= 1 and <= 3 : groupLength == 3) && c != decimalMark)
            {
                return new(DigitShape.Code, 0, false);
            }

            if (c == decimalMark)
            {
                if (!firstGroup && groupLength != 3)
                {
                    return new(DigitShape.Code, 0, false);
                }

                inFraction = true;
                if (length < clean.Length)
                {
                    clean[length++] = '.';
                }
            }

            firstGroup = false;
            groupLength = 0;
        }

        if (!inFraction && groupLength != 3)
        {
            return new(DigitShape.Code, 0, false);
        }

        var value = decimal.Parse(clean[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return new(DigitShape.Amount, value, inFraction);
    }
}
