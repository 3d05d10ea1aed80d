using Enlace.Core.Entities;
using Enlace.Core.Statements;
using Enlace.Server.Access;
using Enlace.Storage.Access;

namespace Enlace.Server.Components.Graph;

/// <summary>
/// The link graph a reader may see: people, organisations, places and events joined by the statements that link one
/// entity to another (relations, event places and participants), each edge keeping the statement it stands for.
/// </summary>
public sealed record NetworkGraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Statement> Edges)
{
    /// <summary>Properties whose value is another entity and that say how two things are linked.</summary>
    public static readonly IReadOnlyList<string> LinkProperties =
        ["faction_of", "member_of", "part_of", "operates_in", "originated_in", "place", "participant"];

    public const int MaxEdgesPerProperty = 500;

    public static async Task<NetworkGraph> ReadAsync(SecuredData data, CancellationToken cancellationToken)
    {
        var edges = new List<Statement>();
        foreach (var property in LinkProperties)
        {
            var page = await data.StatementsAsync(new KnowledgeFilter(Property: property), null, MaxEdgesPerProperty, cancellationToken);
            edges.AddRange(page.Items.Where(s => s.Value is EntityValue));
        }

        var wanted = edges.SelectMany(s => new[] { s.SubjectId, ((EntityValue)s.Value).EntityId }).ToHashSet();
        var nodes = new Dictionary<Guid, Entity>();
        string? cursor = null;
        do
        {
            var page = await data.EntitiesAsync(new KnowledgeFilter(), cursor, PageRequest.MaxLimit, cancellationToken);
            foreach (var entity in page.Items.Where(e => wanted.Contains(e.Id)))
            {
                nodes[entity.Id] = entity;
            }

            cursor = nodes.Count < wanted.Count ? page.Next : null;
        }
        while (cursor is not null);

        // An edge whose end the reader cannot see is left out rather than drawn to nowhere.
        var shown = edges.Where(s => nodes.ContainsKey(s.SubjectId) && nodes.ContainsKey(((EntityValue)s.Value).EntityId))
            .DistinctBy(s => (s.SubjectId, s.Property, ((EntityValue)s.Value).EntityId))
            .ToList();
        return new NetworkGraph([.. nodes.Values.OrderBy(n => n.Name, StringComparer.Ordinal)], shown);
    }
}
