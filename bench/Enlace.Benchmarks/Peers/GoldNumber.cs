using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>A number the gold expects where <see cref="Span"/> is, with the qualifier the text puts on it.</summary>
/// <param name="IsWords">Written out in words ("ciento doce", "una docena") rather than in digits.</param>
/// <param name="AsWritten">
/// When the gold's value is converted to a standard unit ("350 grams" is 0.35 kg in the corpora's gold), the number as
/// the text writes it, which a tool that does not convert units is right to give.
/// </param>
public sealed record GoldNumber(TextSpan Span, decimal Value, Qualifier Qualifier, bool IsWords, decimal? AsWritten = null)
{
    public bool Accepts(FoundNumber found) =>
        found.Value == Value || found.Value == AsWritten || (found.AsWritten is { } written && (written == Value || written == AsWritten));
}
