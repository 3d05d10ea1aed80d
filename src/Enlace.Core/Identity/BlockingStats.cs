namespace Enlace.Core.Identity;

/// <summary>
/// What blocking did with a batch: distinct forms, keys and blocks, how many blocks were skipped as too large (and how
/// many keys they held), and how many pairs were scored — the figures that show whether it scales and what it gave up.
/// </summary>
public sealed record BlockingStats(
    int Mentions,
    int DistinctForms,
    long Keys,
    int Blocks,
    int SkippedBlocks,
    long KeysInSkippedBlocks,
    long ScoredPairs,
    int Proposals);
