namespace Enlace.Core.Grading;

/// <summary>A full Admiralty grade such as "B2": the source's reliability and the information's credibility.</summary>
public readonly record struct Grade(SourceReliability Reliability, InformationCredibility Credibility)
{
    public override string ToString() => $"{Reliability}{(int)Credibility}";

    public static bool TryParse(string? text, out Grade grade)
    {
        grade = default;
        if (text is not { Length: 2 } ||
            !Enum.TryParse<SourceReliability>(text[..1], ignoreCase: true, out var reliability) ||
            !Enum.IsDefined(reliability) ||
            text[1] is < '1' or > '6')
        {
            return false;
        }

        grade = new Grade(reliability, (InformationCredibility)(text[1] - '0'));
        return true;
    }
}
