namespace Enlace.Extraction.Numbers;

internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}
