using Enlace.Core.Entities;
using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

/// <summary>Mention records for tests, one tenant unless told otherwise.</summary>
internal static class Mentions
{
    public static readonly Guid Tenant = Guid.CreateVersion7();

    public static MentionRecord Org(string name, params string[] aliases) => Of(EntityKind.Organization, name, aliases);

    public static MentionRecord Person(string name, params string[] aliases) => Of(EntityKind.Person, name, aliases);

    public static MentionRecord Place(string name, params string[] aliases) => Of(EntityKind.Location, name, aliases);

    public static MentionRecord Of(EntityKind kind, string name, params string[] aliases) => new(Guid.CreateVersion7(), Tenant, kind, name, aliases);

    public static MatchScore Score(MentionRecord a, MentionRecord b, IKnownNames? names = null) => new NameMatcher(names ?? NoKnownNames.Instance).Score(a, b);
}
