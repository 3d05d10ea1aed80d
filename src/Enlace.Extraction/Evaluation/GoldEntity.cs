namespace Enlace.Extraction.Evaluation;

/// <summary>A named thing the gold expects, found if the type matches and any of our names for it matches any of its names.</summary>
public sealed record GoldEntity(string Type, string Name, IReadOnlyList<string> Aliases);
