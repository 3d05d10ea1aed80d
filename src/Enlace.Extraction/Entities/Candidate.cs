using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// A stretch of tokens [First, End) that one finder believes names an entity. Candidates compete for tokens by
/// <see cref="Priority"/>; the winners are merged into entities.
/// </summary>
/// <param name="Source">Which finder proposed it, for tracing decisions.</param>
public sealed record Candidate(string Type, int First, int End, int Priority, string Source)
{
    /// <summary>The gazetteer entries the words may stand for; more than one when the name is ambiguous.</summary>
    public IReadOnlyList<GazetteerEntry> Options { get; init; } = [];

    /// <summary>True when the name stands for its entry only in a document about the entry's country.</summary>
    public bool Contextual { get; init; }

    /// <summary>The canonical name the finder proposes, when it is not the words as written.</summary>
    public string? Name { get; init; }

    /// <summary>The name of the entity this mention is another name of (an acronym's expansion, a nickname's owner).</summary>
    public string? AliasOf { get; init; }

    public string? Role { get; init; }

    /// <summary>Other ways the same words name the entity ("Grupo contra la Trata de Personas de la DIJIN").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>True when the candidate may sit inside another (a place named inside an organisation's name).</summary>
    public bool Nested { get; init; }

    public int Length => End - First;

    public bool Overlaps(Candidate other) => First < other.End && other.First < End;

    public bool Contains(Candidate other) => First <= other.First && other.End <= End;
}
