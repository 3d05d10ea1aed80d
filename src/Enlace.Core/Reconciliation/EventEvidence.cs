using Enlace.Core.Identity;
using Enlace.Core.Statements;

namespace Enlace.Core.Reconciliation;

/// <summary>
/// What is known about one reported happening (an event frame of one document) for deciding whether two reports
/// describe the same happening: when it took place, where (localities apart from regions and countries), who took part,
/// and which figures it reports. Places and participants are counted by identity cluster, so merged names count as one.
/// A happening told with a day or a week is placed by those: a month the same passage names beside them is either
/// redundant or about something else ("the raids in March led to today's sentence").
/// </summary>
/// <param name="Localities">Cities, districts and other places smaller than a region, by identity cluster.</param>
/// <param name="Regions">Regions and countries, by identity cluster.</param>
/// <param name="LocalityCountries">The countries the localities lie in, where the directory knows them.</param>
public sealed record EventEvidence(
    Guid EventId,
    Guid? DocumentId,
    IReadOnlyList<DateInterval> Dates,
    IReadOnlySet<Guid> Localities,
    IReadOnlySet<Guid> Regions,
    IReadOnlySet<string> LocalityCountries,
    IReadOnlySet<Guid> Participants,
    IReadOnlySet<string> Measures)
{
    public bool IsDated => Dates.Count > 0;

    /// <param name="placeOf">What is known of each place entity the statements name.</param>
    public static EventEvidence From(Guid eventId, IEnumerable<Statement> about, IdentityGraph identities, Func<Guid, PlaceInfo> placeOf)
    {
        var statements = about.ToList();
        var places = statements.Where(s => s.Property == "place" && s.Value is EntityValue).Select(s => ((EntityValue)s.Value).EntityId).Distinct()
            .Select(id => (Cluster: identities.Representative(id), Info: placeOf(id))).ToList();
        var localities = places.Where(p => p.Info.Level == PlaceLevel.Locality).ToList();
        var dates = statements.Select(s => s.Value).OfType<DateValue>().Select(d => d.Interval).Distinct().ToList();
        return new EventEvidence(
            eventId,
            statements.Select(s => s.DocumentId).FirstOrDefault(d => d is not null),
            dates.Any(DateWindows.IsPrecise) ? [.. dates.Where(DateWindows.IsPrecise)] : dates,
            localities.Select(p => p.Cluster).ToHashSet(),
            places.Where(p => p.Info.Level != PlaceLevel.Locality).Select(p => p.Cluster).ToHashSet(),
            localities.Select(p => p.Info.Country).OfType<string>().ToHashSet(StringComparer.Ordinal),
            statements.Where(s => s.Property == "participant" && s.Value is EntityValue).Select(s => identities.Representative(((EntityValue)s.Value).EntityId)).ToHashSet(),
            statements.Select(s => s.Value).OfType<QuantityValue>().Where(FigureKey.IsComparable).Select(q => q.Measure).ToHashSet(StringComparer.Ordinal));
    }
}
