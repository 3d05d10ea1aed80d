using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

/// <summary>
/// The synthetic corpus in both languages, resolved as one tenant's batch with a small gazetteer of the institutions
/// both corpora name in both languages, then clustered on the proposals of the "same" band.
/// </summary>
public sealed class GoldCorpusResolutionTests(ITestOutputHelper output)
{
    // What an extraction gazetteer would know: national institutions under their Spanish and English names.
    private const string Gazetteer = """
        pe-police	Policía Nacional del Perú
        pe-police	Peruvian National Police
        pe-mimp	Ministerio de la Mujer y Poblaciones Vulnerables
        pe-mimp	Ministry of Women and Vulnerable Populations
        us-embassy-pe	Embajada de los Estados Unidos en el Perú
        us-embassy-pe	Embassy of the United States in Peru
        us-hsi	Investigaciones de Seguridad Nacional
        us-hsi	Homeland Security Investigations
        us-ice	Servicio de Inmigración y Control de Aduanas
        us-ice	Immigration and Customs Enforcement
        us-dhs	Departamento de Seguridad Nacional de los Estados Unidos
        us-dhs	U.S. Department of Homeland Security
        co-police	Policía Nacional de Colombia
        co-police	Colombian National Police
        ec-police	Policía Nacional del Ecuador
        ec-police	National Police of Ecuador
        cl-pdi	Policía de Investigaciones de Chile
        cl-pdi	Investigations Police of Chile
        cl-fach	Fuerza Aérea de Chile
        cl-fach	Chilean Air Force
        """;

    // Homonyms that only the documents around them tell apart; a record carries no such context.
    private static readonly string[] NeedDocumentContext = ["santiago"];

    private static readonly GoldCorpus Corpus = GoldCorpus.Load("es", "en");

    private static readonly Lazy<IReadOnlyList<ProposedMatch>> Proposals = new(() =>
    {
        var names = KnownNamesTable.FromTsv(Gazetteer.Replace("\r", "", StringComparison.Ordinal).Replace("        ", "", StringComparison.Ordinal));
        return EntityResolver.Propose([.. Corpus.Records.Select(r => r.Record)], new IdentityGraph([]), names);
    });

    private static readonly Lazy<IdentityGraph> Clusters = new(() => Accepting(Verdict.Same));

    private static readonly Lazy<IdentityGraph> ClustersWithReview = new(() => Accepting(Verdict.Same, Verdict.Unsure));

    [Fact]
    public void Entities_the_gold_keeps_apart_are_never_merged()
    {
        var merged = new List<string>();
        // Sets of one name told apart by kind ("Caracas" the alias and the city) are the kind rule's, tested on their own.
        foreach (var set in Corpus.Distinct.Where(s => s.Select(n => n.Comparable).Distinct().Count() > 1))
        {
            var members = set.Where(n => !NeedDocumentContext.Contains(n.Comparable)).Select(n => (n, Records: Corpus.RecordsOf(n).ToList())).ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    merged.AddRange(
                        from a in members[i].Records
                        from b in members[j].Records
                        where a.Record.Kind == b.Record.Kind && a != b && Clusters.Value.AreSame(a.Record.Id, b.Record.Id)
                        select $"{members[i].n.Text} ({a.Document}) ~ {members[j].n.Text} ({b.Document})");
                }
            }
        }

        Assert.True(merged.Count == 0, string.Join(Environment.NewLine, merged));
    }

    [Fact]
    public void Records_of_different_gold_groups_are_never_merged()
    {
        var wrong = new List<string>();
        foreach (var groups in Corpus.MergesPerLanguage)
        {
            var groupOf = new Dictionary<Guid, int>();
            for (var g = 0; g < groups.Count; g++)
            {
                foreach (var record in groups[g].SelectMany(Corpus.RecordsOf))
                {
                    groupOf.TryAdd(record.Record.Id, g);
                }
            }

            wrong.AddRange(
                from a in groupOf
                from b in groupOf
                where a.Value < b.Value && Clusters.Value.AreSame(a.Key, b.Key)
                select $"{Name(a.Key)} ~ {Name(b.Key)}");
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public void Most_gold_merges_are_found_from_names_and_aliases_alone()
    {
        var (found, missed, whole, groups, inReview) = (0, new List<string>(), 0, 0, 0);
        foreach (var group in Corpus.Merges)
        {
            var records = group.SelectMany(Corpus.RecordsOf).DistinctBy(r => r.Record.Id).ToList();
            if (records.Count > 1)
            {
                groups++;
                whole += records.All(r => Clusters.Value.AreSame(records[0].Record.Id, r.Record.Id)) ? 1 : 0;
            }

            for (var i = 0; i < records.Count; i++)
            {
                for (var j = i + 1; j < records.Count; j++)
                {
                    if (Clusters.Value.AreSame(records[i].Record.Id, records[j].Record.Id))
                    {
                        found++;
                    }
                    else
                    {
                        inReview += ClustersWithReview.Value.AreSame(records[i].Record.Id, records[j].Record.Id) ? 1 : 0;
                        missed.Add($"{records[i].Record.Name} ({records[i].Document}) / {records[j].Record.Name} ({records[j].Document})");
                    }
                }
            }
        }

        var recall = (double)found / (found + missed.Count);
        output.WriteLine($"gold merge pairs found: {found} of {found + missed.Count} ({recall:P1}); groups merged whole: {whole} of {groups}; of the pairs missed, {inReview} are joined through the review queue");
        missed.ForEach(output.WriteLine);

        // The misses are generic names that only their country tells apart ("Ministerio Público", "Fiscalía General
        // del Estado") and short forms ("Cartagena"), which go to the review queue instead.
        Assert.True(recall >= 0.9, $"recall {recall:P1}");
    }

    private static IdentityGraph Accepting(params Verdict[] verdicts) =>
        new(Proposals.Value.Where(p => verdicts.Contains(p.Suggested)).Select(p => p.AsJudgement(Guid.CreateVersion7(), "resolver", DateTimeOffset.UnixEpoch) with { Verdict = Verdict.Same }));

    private static string Name(Guid id) => Corpus.Records.First(r => r.Record.Id == id) is var r ? $"{r.Record.Name} ({r.Document})" : "";
}
