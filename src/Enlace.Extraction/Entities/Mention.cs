namespace Enlace.Extraction.Entities;

/// <summary>One place an entity is named, as a token range [First, End) of the document.</summary>
public sealed record Mention(EntityMention Entity, int First, int End);
