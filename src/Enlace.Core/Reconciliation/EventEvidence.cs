using Enlace.Core.Identity;
using Enlace.Core.Statements;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// What is known about one reported happening (an event frame of one document) for deciding whether two reports
/// describe the same happening: when it took place, where, who took part, and which figures it reports.
/// Places and participants are counted by identity cluster, so merged names count as one.
/// </summary>
public sealed record EventEvidence(
    Guid EventId,
    Guid? DocumentId,
    IReadOnlyList<DateInterval> Dates,
    IReadOnlySet<Guid> Places,
    IReadOnlySet<Guid> Participants,
    IReadOnlySet<string> Measures)
{
    public static EventEvidence From(Guid eventId, IEnumerable<Statement> about, IdentityGraph identities)
    {
        var statements = about.ToList();
        return new EventEvidence(
            eventId,
            statements.Select(s => s.DocumentId).FirstOrDefault(d => d is not null),
            [.. statements.Select(s => s.Value).OfType<DateValue>().Select(d => d.Interval)],
            Targets(statements, "place", identities),
            Targets(statements, "participant", identities),
            statements.Select(s => s.Value).OfType<QuantityValue>().Select(q => q.Measure).ToHashSet(StringComparer.Ordinal));
    }

    private static HashSet<Guid> Targets(List<Statement> statements, string property, IdentityGraph identities) =>
        [.. statements.Where(s => s.Property == property && s.Value is EntityValue).Select(s => identities.Representative(((EntityValue)s.Value).EntityId))];
}
