using Enlace.Core.Entities;
using Enlace.Core.Statements;
using Enlace.Server.Access;
using Enlace.Server.Contracts;
using Enlace.Storage.Access;

namespace Enlace.Server.Components.Graph;

/// <summary>One thing drawn in the network: an entity, or an event as reconciliation groups it.</summary>
/// <param name="Href">The page that tells more about it.</param>
public sealed record NetworkNode(Guid Id, string Name, EntityKind Kind, string Href);

/// <summary>One link between two nodes, with every statement that gives it (one per report that says so).</summary>
public sealed record NetworkEdge(Guid Source, string Property, Guid Target, IReadOnlyList<Statement> Statements)
{
    public string Id => $"{Source:N}-{Property}-{Target:N}";
}

/// <summary>
/// The link graph a reader may see: people, organisations, places and events joined by the statements that link one
/// entity to another (relations, event places and participants). Events are drawn as reconciliation groups them, the
/// same events the conflicts and briefs use: a happening that three reports tell is one node, whose links cite all three.
/// </summary>
public sealed record NetworkGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    /// <summary>Properties whose value is another entity and that say how two things are linked.</summary>
    public static readonly IReadOnlyList<string> LinkProperties =
        ["faction_of", "member_of", "part_of", "operates_in", "originated_in", "place", "participant"];

    public const int MaxEdgesPerProperty = 500;

    public static async Task<NetworkGraph> ReadAsync(SecuredData data, CancellationToken cancellationToken)
    {
        var statements = new List<Statement>();
        foreach (var property in LinkProperties)
        {
            var page = await data.StatementsAsync(new KnowledgeFilter(Property: property), null, MaxEdgesPerProperty, cancellationToken);
            statements.AddRange(page.Items.Where(s => s.Value is EntityValue));
        }

        // Each report's happening is folded into the event it was grouped into.
        var groupOf = new Dictionary<Guid, Guid>();
        var nodes = new Dictionary<Guid, NetworkNode>();
        string? cursor = null;
        do
        {
            var page = await data.EventsAsync(new EventFilter(null, null, null, null), cursor, PageRequest.MaxLimit, cancellationToken);
            foreach (var view in page.Items)
            {
                foreach (var member in view.Members)
                {
                    groupOf[member] = view.Id;
                }

                groupOf[view.Id] = view.Id;
                nodes[view.Id] = new NetworkNode(view.Id, view.Label, EntityKind.Event, $"/events/{view.Id}");
            }

            cursor = page.Next;
        }
        while (cursor is not null);

        Guid Node(Guid id) => groupOf.GetValueOrDefault(id, id);
        var wanted = statements.SelectMany(s => new[] { Node(s.SubjectId), Node(((EntityValue)s.Value).EntityId) }).Where(id => !nodes.ContainsKey(id)).ToHashSet();
        cursor = null;
        while (wanted.Count > 0)
        {
            var page = await data.EntitiesAsync(new KnowledgeFilter(), cursor, PageRequest.MaxLimit, cancellationToken);
            foreach (var entity in page.Items.Where(e => wanted.Remove(e.Id)))
            {
                nodes[entity.Id] = new NetworkNode(entity.Id, entity.Name, entity.Kind, $"/entities/{entity.Id}");
            }

            cursor = page.Next;
            if (cursor is null)
            {
                break;
            }
        }

        // A link whose end the reader cannot see is left out rather than drawn to nowhere; an event that links to
        // nothing is not drawn either.
        var edges = statements
            .Select(s => (Source: Node(s.SubjectId), s.Property, Target: Node(((EntityValue)s.Value).EntityId), Statement: s))
            .Where(e => e.Source != e.Target && nodes.ContainsKey(e.Source) && nodes.ContainsKey(e.Target))
            .GroupBy(e => (e.Source, e.Property, e.Target))
            .Select(g => new NetworkEdge(g.Key.Source, g.Key.Property, g.Key.Target, [.. g.Select(e => e.Statement).DistinctBy(s => s.Id)]))
            .ToList();
        var linked = edges.SelectMany(e => new[] { e.Source, e.Target }).ToHashSet();
        return new NetworkGraph([.. nodes.Values.Where(n => linked.Contains(n.Id)).OrderBy(n => n.Name, StringComparer.Ordinal)], edges);
    }
}
