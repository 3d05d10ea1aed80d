namespace Enlace.Benchmarks.Peers;

/// <summary>One scoring error: a gold item not found (<see cref="Expected"/> only), or a finding the gold does not have.</summary>
/// <param name="Kind">"date" or "number".</param>
/// <param name="Quote">The words in the text: the gold's for a miss, the tool's for a false finding.</param>
public sealed record Miss(string TextId, string Kind, string Quote, string? Expected, string? Found);
