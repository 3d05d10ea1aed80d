namespace Enlace.Extraction.Numbers;

/// <summary>A word, a run of digits (with their inner separators) or a single symbol, as a span of the text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;
}
