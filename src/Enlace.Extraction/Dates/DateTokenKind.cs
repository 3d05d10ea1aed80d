namespace Enlace.Extraction.Dates;

internal enum DateTokenKind : byte
{
    Word,
    Number,
    Symbol,
}
