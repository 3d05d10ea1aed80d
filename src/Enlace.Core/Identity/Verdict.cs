namespace Enlace.Core.Identity;

/// <summary>An identity judgement on two entities.</summary>
public enum Verdict
{
    Same,
    NotSame,
    Unsure,
}
