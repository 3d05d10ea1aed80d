using Enlace.Core.Entities;
using Enlace.Server.Access;

namespace Enlace.Server.Components.Shared;

/// <summary>The names of the entities one page mentions, looked up once each through <see cref="SecuredData"/> (masked as it masks them).</summary>
public sealed class EntityNames(SecuredData data)
{
    private readonly Dictionary<Guid, Entity?> _known = [];

    public async Task<Entity?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!_known.TryGetValue(id, out var entity))
        {
            try
            {
                entity = await data.EntityAsync(id, cancellationToken);
            }
            catch (NotVisibleException)
            {
                entity = null;
            }

            _known[id] = entity;
        }

        return entity;
    }

    /// <summary>Looks up every entity the statements are about or point at.</summary>
    public async Task LoadAsync(IEnumerable<Core.Statements.Statement> statements, CancellationToken cancellationToken = default)
    {
        foreach (var id in statements.SelectMany(s => s.Value is Core.Statements.EntityValue e ? new[] { s.SubjectId, e.EntityId } : [s.SubjectId]).Distinct())
        {
            await FindAsync(id, cancellationToken);
        }
    }

    public string Name(Guid id) => _known.GetValueOrDefault(id)?.Name ?? "—";

    public Entity? Known(Guid id) => _known.GetValueOrDefault(id);

    public void Add(Entity entity) => _known[entity.Id] = entity;
}
