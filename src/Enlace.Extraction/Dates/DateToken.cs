namespace Enlace.Extraction.Dates;

/// <summary>A word, a run of ASCII digits or one other visible character, as a span of the document.</summary>
/// <param name="LineBreakBefore">Whether a line break separates it from the previous token; dates never cross one.</param>
/// <param name="Word">What the lexicon knows of a word token.</param>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, bool LineBreakBefore, DateWord Word = default)
{
    public int Length => End - Start;
}
