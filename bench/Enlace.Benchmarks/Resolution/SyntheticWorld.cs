using System.Text;
using Enlace.Core.Identity;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// A world of entities and the mentions reports make of them, with the truth: about one entity per ten mentions
/// (60 % people, 25 % organisations, 15 % places, plus prominent national agencies, foreign offices and countries),
/// spread over four agencies (tenants). An entity's mentions mostly stay in its home tenant; the truth is the pair
/// (tenant, entity), since nothing may be merged across tenants. Entity names are unique once normalised — homonyms
/// need document context the resolver does not get — and so are the acronyms it mentions units by.
/// </summary>
internal sealed class SyntheticWorld
{
    public const int TenantCount = 4;

    private SyntheticWorld(List<MentionRecord> mentions, int[] truth, int[] entityOf, List<ISyntheticEntity> entities, string gazetteer)
    {
        Mentions = mentions;
        Truth = truth;
        EntityOf = entityOf;
        Entities = entities;
        Gazetteer = gazetteer;
    }

    public List<MentionRecord> Mentions { get; }

    /// <summary>For each mention, the id of the (tenant, entity) it truly belongs to.</summary>
    public int[] Truth { get; }

    /// <summary>For each mention, the index of its entity.</summary>
    public int[] EntityOf { get; }

    public List<ISyntheticEntity> Entities { get; }

    /// <summary>The gazetteer the resolver is given: Spanish and English names of the national agencies and countries.</summary>
    public string Gazetteer { get; }

    public static SyntheticWorld Generate(int mentionCount, int seed)
    {
        var random = new Random(seed);
        var pools = new NamePools(seed);
        var entities = new List<ISyntheticEntity>();
        entities.AddRange(SyntheticAgency.All());
        entities.AddRange(SyntheticOffice.All());
        entities.AddRange(SyntheticPlace.Countries);
        AddUnique(entities, mentionCount / 10, pools, random);

        var tenants = Enumerable.Range(0, TenantCount).Select(_ => Guid.CreateVersion7()).ToArray();
        var home = entities.Select(_ => random.Next(TenantCount)).ToArray();
        var weights = entities.Select(e => e.Prominence).ToArray();
        var totalWeight = weights.Sum();
        var mentions = new List<MentionRecord>(mentionCount);
        var truth = new int[mentionCount];
        var entityOf = new int[mentionCount];
        var truthIds = new Dictionary<(int, int), int>();
        for (var e = 0; e < entities.Count && mentions.Count < mentionCount; e++)
        {
            // Mean ten mentions for an ordinary entity, more for a prominent one; the last entity takes what is left.
            var count = Math.Max(1, (int)Math.Round(random.Next(1, 20) * weights[e] * (double)entities.Count / totalWeight));
            for (var k = 0; k < count && mentions.Count < mentionCount; k++)
            {
                var tenant = random.Next(100) < 85 ? home[e] : random.Next(TenantCount);
                var text = entities[e].Mention(random);
                truth[mentions.Count] = truthIds.TryGetValue((tenant, e), out var id) ? id : truthIds[(tenant, e)] = truthIds.Count;
                entityOf[mentions.Count] = e;
                mentions.Add(new MentionRecord(Guid.CreateVersion7(), tenants[tenant], entities[e].Kind, text.Name, text.Aliases));
            }
        }

        // Rounding leaves the total a little short; the rest goes to ordinary entities at random.
        while (mentions.Count < mentionCount)
        {
            var e = random.Next(entities.Count);
            var tenant = random.Next(100) < 85 ? home[e] : random.Next(TenantCount);
            var text = entities[e].Mention(random);
            truth[mentions.Count] = truthIds.TryGetValue((tenant, e), out var id) ? id : truthIds[(tenant, e)] = truthIds.Count;
            entityOf[mentions.Count] = e;
            mentions.Add(new MentionRecord(Guid.CreateVersion7(), tenants[tenant], entities[e].Kind, text.Name, text.Aliases));
        }

        return new SyntheticWorld(mentions, truth[..mentions.Count], entityOf[..mentions.Count], entities, GazetteerOf(entities));
    }

    private static void AddUnique(List<ISyntheticEntity> entities, int count, NamePools pools, Random random)
    {
        var names = new HashSet<string>(entities.Select(NameOf).Select(Words));
        var acronyms = new Dictionary<string, int>();
        var start = entities.Count;

        // A unit whose initials spell "DEA" or "PNP" would be that agency to any reader; the world has none.
        var reserved = entities.OfType<SyntheticAgency>().Select(a => a.Acronym).Concat(entities.OfType<SyntheticOffice>().Select(o => o.Acronym)).ToHashSet();
        while (entities.Count - start < count)
        {
            var roll = random.Next(100);
            ISyntheticEntity entity = roll < 60 ? SyntheticPerson.Create(pools, random) : roll < 85 ? SyntheticOrganisation.Create(pools, random) : SyntheticPlace.Create(pools, random);
            if (entity is SyntheticOrganisation candidate && (reserved.Contains(NameForms.Acronym(candidate.Name)) || reserved.Contains(NameForms.AcronymWithFunctionWords(candidate.Name))))
            {
                continue;
            }

            if (names.Add(Words(NameOf(entity))))
            {
                entities.Add(entity);
                if (entity is SyntheticOrganisation organisation)
                {
                    Count(acronyms, NameForms.Acronym(organisation.Name), NameForms.AcronymWithFunctionWords(organisation.Name));
                }
            }
        }

        // An acronym shared by two organisations' names would name both; such bodies are mentioned by their full name only.
        foreach (var agency in entities.OfType<SyntheticAgency>())
        {
            Count(acronyms, agency.Acronym, NameForms.AcronymWithFunctionWords(agency.Spanish), NameForms.Acronym(agency.English), NameForms.AcronymWithFunctionWords(agency.English));
        }

        foreach (var office in entities.OfType<SyntheticOffice>().Where(o => o.City is null))
        {
            Count(acronyms, office.Acronym, NameForms.Acronym(office.Name), NameForms.AcronymWithFunctionWords(office.Name));
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is SyntheticOrganisation { Acronym: { } acronym } unit && (acronyms[acronym] > 1 || names.Contains(acronym.ToLowerInvariant())))
            {
                entities[i] = unit with { Acronym = null };
            }
            else if (entities[i] is SyntheticAgency { AcronymIsUnique: true } agency && acronyms[agency.Acronym] > 1)
            {
                entities[i] = agency with { AcronymIsUnique = false };
            }
        }
    }

    private static void Count(Dictionary<string, int> acronyms, params string[] forms)
    {
        foreach (var form in forms.Distinct())
        {
            acronyms[form] = acronyms.GetValueOrDefault(form) + 1;
        }
    }

    // Two entities are distinct only if their names differ in more than word order and little words ("Clan Chávez
    // Cazares" / "Clan Cazares Chávez" would be one clan to any reader).
    private static string Words(string name) =>
        string.Join(' ', NameForms.Tokens(NameForms.PersonOrder(name)).Where(t => !NameForms.IsFunctionWord(t)).Order(StringComparer.Ordinal));

    private static string NameOf(ISyntheticEntity entity) => entity switch
    {
        SyntheticPerson p => p.Canonical,
        SyntheticPlace p => p.Name,
        SyntheticOrganisation o => o.Name,
        SyntheticAgency a => a.Spanish,
        SyntheticOffice o => o.City is null ? o.Name : $"{o.Acronym} {o.City}",
        _ => "",
    };

    private static string GazetteerOf(List<ISyntheticEntity> entities)
    {
        var tsv = new StringBuilder();
        foreach (var agency in entities.OfType<SyntheticAgency>())
        {
            tsv.Append(agency.Key).Append('\t').Append(agency.Spanish).Append('\n');
            tsv.Append(agency.Key).Append('\t').Append(agency.English).Append('\n');
        }

        foreach (var country in entities.OfType<SyntheticPlace>().Where(p => p.English is not null))
        {
            tsv.Append("country-").Append(country.English).Append('\t').Append(country.Name).Append('\n');
            tsv.Append("country-").Append(country.English).Append('\t').Append(country.English).Append('\n');
        }

        return tsv.ToString();
    }
}
