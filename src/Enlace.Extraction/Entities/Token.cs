namespace Enlace.Extraction.Entities;

/// <summary>A word, number or punctuation mark of a text, as offsets into it.</summary>
public readonly record struct Token(int Start, int Length, TokenShape Shape)
{
    public int End => Start + Length;

    public bool Is(TokenShape shape) => (Shape & shape) == shape;

    public bool IsWord => (Shape & TokenShape.Word) != 0;

    public bool IsCapitalised => (Shape & TokenShape.Capitalised) != 0;

    public bool IsAllCapitals => (Shape & TokenShape.AllCapitals) != 0;

    public bool IsPunctuation => (Shape & TokenShape.Punctuation) != 0;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}
