namespace Enlace.Core.Documents;

/// <summary>A full-text query with optional filters. <see cref="Text"/> is plain words; quotes mark a phrase.</summary>
public sealed record SearchQuery(string Text, int Limit = 20, string? Language = null, DateOnly? PublishedFrom = null, DateOnly? PublishedTo = null);
