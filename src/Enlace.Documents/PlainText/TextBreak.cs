namespace Enlace.Documents.PlainText;

/// <summary>What separates two runs of text, weakest first: where several apply at one point, the strongest wins.</summary>
internal enum TextBreak
{
    None,
    Space,
    Cell,
    Line,
    Paragraph,
}
