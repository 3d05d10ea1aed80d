namespace Enlace.Core.Statements;

/// <summary>
/// The set of values a qualified figure admits: exact n is [n, n], at least n is [n, ∞), more than n is (n, ∞),
/// up to / at most n is [0, n], approximately n is [n − d, n + d] with d = max(1, tolerance × n).
/// Two figures conflict when their intervals are disjoint and corroborate when they overlap.
/// </summary>
public readonly record struct QuantityInterval(decimal Lower, bool LowerInclusive, decimal? Upper, bool UpperInclusive)
{
    public const decimal DefaultApproximationTolerance = 0.10m;

    public static QuantityInterval From(decimal value, Qualifier qualifier, decimal tolerance = DefaultApproximationTolerance)
    {
        return qualifier switch
        {
            Qualifier.Exact => new(value, true, value, true),
            Qualifier.AtLeast => new(value, true, null, false),
            Qualifier.MoreThan => new(value, false, null, false),
            Qualifier.UpTo or Qualifier.AtMost => new(0, true, value, true),
            Qualifier.Approximately => Around(value, tolerance),
            _ => throw new ArgumentOutOfRangeException(nameof(qualifier)),
        };

        static QuantityInterval Around(decimal value, decimal tolerance)
        {
            var d = Math.Max(1m, Math.Abs(value) * tolerance);
            return new(value - d, true, value + d, true);
        }
    }

    public bool IsUnbounded => Upper is null;

    public bool Contains(decimal x) =>
        (LowerInclusive ? x >= Lower : x > Lower) &&
        (Upper is not { } upper || (UpperInclusive ? x <= upper : x < upper));

    public bool Overlaps(QuantityInterval other) => !EndsBefore(this, other) && !EndsBefore(other, this);

    // True when every value of a lies below every value of b.
    private static bool EndsBefore(QuantityInterval a, QuantityInterval b)
    {
        if (a.Upper is not { } aUpper)
        {
            return false;
        }

        return aUpper < b.Lower || (aUpper == b.Lower && !(a.UpperInclusive && b.LowerInclusive));
    }

    public override string ToString() =>
        $"{(LowerInclusive ? '[' : '(')}{Lower}, {(Upper is { } u ? u.ToString(System.Globalization.CultureInfo.InvariantCulture) : "∞")}{(UpperInclusive ? ']' : ')')}";
}
