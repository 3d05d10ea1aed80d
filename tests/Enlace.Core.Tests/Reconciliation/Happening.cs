using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;

namespace Enlace.Core.Tests.Reconciliation;

/// <summary>Builds the evidence of one reported happening for the grouping tests, with places and participants by name.</summary>
internal sealed class Happening
{
    private static readonly Dictionary<string, Guid> Ids = [];

    private readonly List<DateInterval> _dates = [];
    private readonly List<(string Name, PlaceInfo Info)> _places = [];
    private readonly List<string> _participants = [];
    private readonly List<string> _measures = [];

    private Happening(Guid document) => Document = document;

    public Guid Document { get; }

    public Guid Id { get; } = Guid.CreateVersion7();

    public static Happening InReport(Guid? document = null) => new(document ?? Guid.CreateVersion7());

    public static Guid IdOf(string name)
    {
        lock (Ids)
        {
            if (!Ids.TryGetValue(name, out var id))
            {
                Ids[name] = id = Guid.CreateVersion7();
            }

            return id;
        }
    }

    public Happening On(int year, int month, int day)
    {
        _dates.Add(DateInterval.Day(new DateOnly(year, month, day)));
        return this;
    }

    public Happening InMonth(int year, int month)
    {
        _dates.Add(DateInterval.Month(year, month));
        return this;
    }

    public Happening WeekOf(int year, int month, int day)
    {
        _dates.Add(DateInterval.WeekOf(new DateOnly(year, month, day)));
        return this;
    }

    public Happening In(string locality, string country)
    {
        _places.Add((locality, new PlaceInfo(PlaceLevel.Locality, country)));
        return this;
    }

    public Happening InCountry(string name, string code)
    {
        _places.Add((name, new PlaceInfo(PlaceLevel.Country, code)));
        return this;
    }

    public Happening With(params string[] participants)
    {
        _participants.AddRange(participants);
        return this;
    }

    public Happening Reporting(params string[] measures)
    {
        _measures.AddRange(measures);
        return this;
    }

    public EventEvidence Evidence => new(
        Id,
        Document,
        [.. _dates],
        _places.Where(p => p.Info.Level == PlaceLevel.Locality).Select(p => IdOf(p.Name)).ToHashSet(),
        _places.Where(p => p.Info.Level != PlaceLevel.Locality).Select(p => IdOf(p.Name)).ToHashSet(),
        _places.Where(p => p.Info.Level == PlaceLevel.Locality).Select(p => p.Info.Country).OfType<string>().ToHashSet(),
        _participants.Select(IdOf).ToHashSet(),
        _measures.ToHashSet());
}
