namespace Enlace.Benchmarks.Corpus;

/// <summary>One idea in both report languages, so a Spanish and an English report about the same incident stay parallel.</summary>
public sealed record Term(string Spanish, string English)
{
    public string In(bool spanish) => spanish ? Spanish : English;
}
