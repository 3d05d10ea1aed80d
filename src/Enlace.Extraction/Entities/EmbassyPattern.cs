using Enlace.Extraction.Gazetteers;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Embassies under one canonical name however they are written: "U.S. Embassy in Peru", "Embassy of US in Peru" and
/// "United States Embassy in Peru" are all the "Embassy of the United States in Peru" ("Embajada de los Estados Unidos
/// en el Perú" in Spanish). An embassy named without its seat joins the document's one embassy of that country.
/// </summary>
public static class EmbassyPattern
{
    private static readonly WordList Embassy = ["embassy", "embajada"];

    public static List<Candidate> Find(EntityDocument doc, IReadOnlyList<Candidate> gazetteer)
    {
        var places = gazetteer.Where(c => c.Type == EntityTypes.Location).ToList();
        var byFirst = places.GroupBy(c => c.First).ToDictionary(g => g.Key, g => g.First());
        var byEnd = places.GroupBy(c => c.End).ToDictionary(g => g.Key, g => g.First());
        var found = new List<(Candidate Candidate, Country Sender, bool Seated)>();
        for (var i = 0; i < doc.Count; i++)
        {
            if (!doc.IsAny(i, Embassy) || !doc[i].IsCapitalised)
            {
                continue;
            }

            var first = i;
            var end = i + 1;
            Country? sender = null;
            if (byEnd.TryGetValue(i, out var before) && CountryOf(before) is { } b)
            {
                (sender, first) = (b, before.First);
            }
            else if (i > 0 && doc[i - 1].IsCapitalised && doc.DemonymOf(i - 1) is { } demonym)
            {
                (sender, first) = (demonym, i - 1);
            }
            else if (doc.IsAny(end, "of", "de"))
            {
                var at = end + 1 + (doc.IsAny(end + 1, "the", "los", "la", "el") ? 1 : 0);
                if (byFirst.TryGetValue(at, out var after) && CountryOf(after) is { } a)
                {
                    (sender, end) = (a, after.End);
                }
            }

            if (sender is null)
            {
                continue;
            }

            GazetteerEntry? seat = null;
            if (doc.IsAny(end, "in", "en", "to") && doc.SameLine(end - 1, end))
            {
                var at = end + 1 + (doc.IsAny(end + 1, "the", "el", "la") ? 1 : 0);
                if (byFirst.TryGetValue(at, out var place) && place.Options.Count > 0)
                {
                    (seat, end) = (place.Options[0], place.End);
                }
            }

            var candidate = new Candidate(EntityTypes.Organization, first, end, Priorities.OrganisationPattern + 1, "embassy")
            {
                Name = Canonical(doc.Language, sender, seat),
            };
            found.Add((candidate, sender, seat is not null));
        }

        return [.. found.Select(f => f.Seated ? f.Candidate : JoinSeated(f, found))];
    }

    public static string Canonical(string language, Country sender, GazetteerEntry? seat)
    {
        if (language == "es")
        {
            var name = ("Embajada de " + sender.SpanishWithArticle).Replace("de el ", "del ", StringComparison.Ordinal);
            return seat is null ? name : $"{name} en {SpanishSeat(seat)}";
        }

        var english = sender.English.StartsWith("United ", StringComparison.Ordinal) || sender.English.StartsWith("Dominican ", StringComparison.Ordinal)
            ? "the " + sender.English
            : sender.English;
        return seat is null ? $"Embassy of {english}" : $"Embassy of {english} in {seat.English}";
    }

    private static string SpanishSeat(GazetteerEntry seat) =>
        seat.Kind == "country" && Gazetteer.Instance.CountryByCode.TryGetValue(seat.Country, out var country)
            ? country.SpanishWithArticle
            : seat.Spanish;

    private static Candidate JoinSeated((Candidate Candidate, Country Sender, bool Seated) unseated, List<(Candidate Candidate, Country Sender, bool Seated)> all)
    {
        var seated = all.Where(f => f.Seated && f.Sender == unseated.Sender).Select(f => f.Candidate.Name).Distinct().ToList();
        return seated.Count == 1 && seated[0] is { } name ? unseated.Candidate with { AliasOf = TextFold.Fold(name) } : unseated.Candidate;
    }

    private static Country? CountryOf(Candidate candidate) =>
        candidate.Options.FirstOrDefault(o => o.Kind == "country") is { } entry ? Gazetteer.Instance.CountryOf(entry) : null;
}
