using Enlace.Core.Grading;

namespace Enlace.Core.Sources;

/// <summary>
/// An analyst's Admiralty reliability grade of a source (A completely reliable … F cannot be judged), with the reason.
/// Grades are kept as a history, per agency: the latest one is in force and none is ever changed or removed.
/// </summary>
/// <param name="Source">The source as statements cite it ("Policía Nacional", a newspaper report's title).</param>
public sealed record SourceGrade(Guid Id, Guid TenantId, string Source, SourceReliability Reliability, string Reason, string GradedBy, DateTimeOffset GradedAt)
{
    public const int MaxSourceLength = 300;
    public const int MaxReasonLength = 2000;

    /// <summary>The form a source name is matched by: spaces collapsed and case ignored, so "the Embassy" and "The  embassy" are one.</summary>
    public string Key => KeyOf(Source);

    public static string KeyOf(string source) =>
        string.Join(' ', source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    /// <summary>A new grade, checked: a named source, a grade and a reason.</summary>
    public static SourceGrade Create(Guid tenantId, string source, SourceReliability reliability, string reason, string gradedBy, DateTimeOffset at)
    {
        var name = string.Join(' ', (source ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (name.Length == 0 || name.Length > MaxSourceLength)
        {
            throw new ArgumentException($"name the source (1 to {MaxSourceLength} characters)", nameof(source));
        }

        if (!Enum.IsDefined(reliability))
        {
            throw new ArgumentException("the reliability grade is one of A, B, C, D, E, F", nameof(reliability));
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength)
        {
            throw new ArgumentException($"a grade needs a reason (at most {MaxReasonLength} characters)", nameof(reason));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(gradedBy);
        return new SourceGrade(Guid.CreateVersion7(at), tenantId, name, reliability, reason.Trim(), gradedBy, at);
    }
}
