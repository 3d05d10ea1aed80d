namespace Enlace.Storage.Access;

/// <summary>The people of one agency whose identities are masked for readers without need-to-know, and every name they go by.</summary>
public sealed record ProtectedPeople(IReadOnlySet<Guid> Ids, IReadOnlyCollection<string> Names)
{
    public static ProtectedPeople None { get; } = new(new HashSet<Guid>(), []);
}
