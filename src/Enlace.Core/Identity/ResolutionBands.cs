namespace Enlace.Core.Identity;

/// <summary>
/// What a match score suggests: at or above <see cref="SameAt"/> the pair is proposed as the same entity (whether to
/// accept that without an analyst is the caller's decision, and only ever within one tenant); from
/// <see cref="UnsureAt"/> up to it the pair goes to the review queue; below, nothing is proposed.
/// </summary>
public static class ResolutionBands
{
    public const double SameAt = 0.9;
    public const double UnsureAt = 0.6;

    /// <summary>Same, Unsure, or null when the score is too low to propose anything.</summary>
    public static Verdict? Suggest(double score) => score >= SameAt ? Verdict.Same : score >= UnsureAt ? Verdict.Unsure : null;
}
