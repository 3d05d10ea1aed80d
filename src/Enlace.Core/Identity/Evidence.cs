namespace Enlace.Core.Identity;

/// <summary>Keeps the strongest piece of evidence seen so far; ties keep the first, so rules are listed strongest first.</summary>
internal struct Evidence
{
    public MatchScore Best;

    public readonly bool Decided => Best.Score >= 1;

    public void Consider(MatchScore candidate)
    {
        if (candidate.Score > Best.Score)
        {
            Best = candidate;
        }
    }
}
