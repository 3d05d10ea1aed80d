namespace Enlace.Extraction.Dates;

/// <summary>A word, a run of ASCII digits or one other visible character, as a span of the document.</summary>
/// <param name="LineBreakBefore">Whether a line break separates it from the previous token; dates never cross one.</param>
internal readonly record struct DateToken(int Start, int End, DateTokenKind Kind, bool LineBreakBefore)
{
    public int Length => End - Start;
}
