using Enlace.Core.Entities;

namespace Enlace.Benchmarks.Resolution;

/// <summary>An entity of the synthetic world, which can write itself as a report would mention it.</summary>
internal interface ISyntheticEntity
{
    EntityKind Kind { get; }

    /// <summary>How many mentions this kind of entity tends to get compared with an ordinary one.</summary>
    int Prominence { get; }

    MentionText Mention(Random random);
}

/// <summary>A mention as an extractor would record it: a name and the aliases seen with it.</summary>
internal readonly record struct MentionText(string Name, string[] Aliases);
