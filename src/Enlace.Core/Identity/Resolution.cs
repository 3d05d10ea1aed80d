namespace Enlace.Core.Identity;

/// <summary>The resolver's proposals for a batch, with what blocking did to find them.</summary>
public sealed record Resolution(IReadOnlyList<ProposedMatch> Proposals, BlockingStats Blocking);
