using Enlace.Core.Statements;

namespace Enlace.Benchmarks.Peers;

/// <summary>
/// What one tool found in one text. <see cref="Masks"/> are the spans the tool itself read as dates or clock times: a
/// number inside one ("10" in "10 de marzo", "06" in "06:00") is part of that date, not a count.
/// </summary>
public sealed record TextFindings(IReadOnlyList<FoundDate> Dates, IReadOnlyList<FoundNumber>? Numbers, IReadOnlyList<TextSpan> Masks)
{
    /// <summary>True when the tool does not read numbers at all (chrono-node).</summary>
    public bool ReadsNumbers => Numbers is not null;
}
