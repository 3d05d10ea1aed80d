namespace Enlace.Extraction.Entities;

/// <summary>What a token looks like, as far as naming things goes.</summary>
[Flags]
public enum TokenShape
{
    None = 0,
    Word = 1,
    Number = 2,
    Punctuation = 4,
    Capitalised = 8,
    AllCapitals = 16,

    /// <summary>The first token after a line break or at the start of the text.</summary>
    LineStart = 32,

    /// <summary>The first token of a sentence (including every line start).</summary>
    SentenceStart = 64,
}
