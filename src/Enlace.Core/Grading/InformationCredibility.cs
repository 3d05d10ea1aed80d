namespace Enlace.Core.Grading;

/// <summary>Admiralty code credibility of one piece of information, 1 (confirmed) to 6 (cannot be judged).</summary>
public enum InformationCredibility
{
    Confirmed = 1,
    ProbablyTrue = 2,
    PossiblyTrue = 3,
    DoubtfullyTrue = 4,
    Improbable = 5,
    CannotBeJudged = 6,
}
