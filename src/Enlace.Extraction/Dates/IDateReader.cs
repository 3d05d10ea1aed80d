namespace Enlace.Extraction.Dates;

/// <summary>Finds the date expressions of one language, or of one written form, in a stretch of tokens (one sentence).</summary>
internal interface IDateReader
{
    void Read(DateTokens tokens, List<DateExpression> found);
}
