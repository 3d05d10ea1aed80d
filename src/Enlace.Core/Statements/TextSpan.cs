namespace Enlace.Core.Statements;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's decoded text.</summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public string Of(string text) => text[Start..End];

    public override string ToString() => $"[{Start}, {End})";
}
