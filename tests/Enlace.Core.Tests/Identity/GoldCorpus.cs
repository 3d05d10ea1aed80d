using System.Text.Json;
using System.Text.RegularExpressions;
using Enlace.Core.Entities;
using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

/// <summary>
/// The synthetic corpus gold (corpus/synthetic/{es,en}/expected.json) as resolution sees it: one record per entity per
/// document, with the aliases the gold lists for it in that document; the groups analysts expect merged; the sets they
/// expect kept apart. Group members may carry a note naming documents ("la Policía (es02, es14)"), which limits them
/// to those documents.
/// </summary>
internal sealed partial class GoldCorpus
{
    private GoldCorpus(List<GoldRecord> records, List<List<List<GoldName>>> mergesPerLanguage, List<List<GoldName>> distinct)
    {
        Records = records;
        MergesPerLanguage = mergesPerLanguage;
        var nicknames = records.Where(r => r.Record.Kind == EntityKind.Person).SelectMany(r => r.Record.Aliases).Select(GoldName.ComparableForm).ToHashSet();
        Merges = JoinedAcrossLanguages(mergesPerLanguage.SelectMany(m => m), nicknames);
        Distinct = distinct;
    }

    public List<GoldRecord> Records { get; }

    /// <summary>The groups to merge, a group of each language sharing a plain member ("MIMP", "PDI"), not a nickname, joined into one.</summary>
    public List<List<GoldName>> Merges { get; }

    /// <summary>Each language's groups as its gold lists them: within one gold file, two groups are two entities.</summary>
    public List<List<List<GoldName>>> MergesPerLanguage { get; }

    public List<List<GoldName>> Distinct { get; }

    public static GoldCorpus Load(params string[] languages)
    {
        var records = new List<GoldRecord>();
        var merges = new List<List<List<GoldName>>>();
        var distinct = new List<List<GoldName>>();
        foreach (var language in languages)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "corpus", "synthetic", language, "expected.json")));
            foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                var doc = document.GetProperty("file").GetString()![..4];
                var aliases = document.GetProperty("aliases");
                AddRecords(records, doc, document.GetProperty("orgs"), EntityKind.Organization, aliases);
                AddRecords(records, doc, document.GetProperty("people"), EntityKind.Person, aliases);
                AddRecords(records, doc, document.GetProperty("places"), EntityKind.Location, aliases);
            }

            var cross = json.RootElement.GetProperty("cross_document");
            merges.Add([.. cross.GetProperty("entity_merges").EnumerateArray().Select(g => g.EnumerateArray().Select(n => GoldName.Parse(n.GetString()!)).ToList())]);
            var apart = cross.TryGetProperty("entity_distinct", out var d) ? d : cross.GetProperty("entity_non_merges");
            foreach (var set in apart.EnumerateArray())
            {
                var names = set.TryGetProperty("names", out var n) ? n : set.GetProperty("pair");
                distinct.Add([.. names.EnumerateArray().Select(x => GoldName.Parse(x.GetString()!))]);
            }
        }

        return new GoldCorpus(records, merges, distinct);
    }

    // A nickname identifies no one: "El Flaco" is one man in the Spanish reports and another in the English ones.
    private static List<List<GoldName>> JoinedAcrossLanguages(IEnumerable<List<GoldName>> groups, HashSet<string> nicknames)
    {
        var joined = new List<List<GoldName>>();
        foreach (var group in groups)
        {
            var keys = group.Where(n => n.Documents.Count == 0 && !nicknames.Contains(n.Comparable)).Select(n => n.Comparable).ToHashSet();
            var overlapping = joined.Where(j => j.Any(n => n.Documents.Count == 0 && !nicknames.Contains(n.Comparable) && keys.Contains(n.Comparable))).ToList();
            var merged = overlapping.SelectMany(j => j).Concat(group).ToList();
            joined.RemoveAll(overlapping.Contains);
            joined.Add(merged);
        }

        return joined;
    }

    /// <summary>
    /// The records a group member denotes: same name (notes and parentheses aside), in its documents if it names any. A
    /// member naming no documents leaves out records that another member claims by document ("Ministerio Público
    /// (Venezuela, es22)" takes es22's record from "Ministerio Público").
    /// </summary>
    public IEnumerable<GoldRecord> RecordsOf(GoldName name)
    {
        var claimed = MergesPerLanguage.SelectMany(m => m).Concat(Distinct).SelectMany(g => g).Where(n => n.Comparable == name.Comparable).SelectMany(n => n.Documents).ToHashSet();
        return Records.Where(r => GoldName.ComparableForm(r.Record.Name) == name.Comparable
            && (name.Documents.Count == 0 ? !claimed.Contains(r.Document) : name.Documents.Contains(r.Document)));
    }

    private static void AddRecords(List<GoldRecord> records, string doc, JsonElement names, EntityKind kind, JsonElement aliases)
    {
        foreach (var name in names.EnumerateArray().Select(n => n.GetString()!))
        {
            var listed = aliases.TryGetProperty(name, out var a) ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
            records.Add(new GoldRecord(doc, new MentionRecord(Guid.CreateVersion7(), Mentions.Tenant, kind, name, listed)));
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Enlace.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("no Enlace.slnx above " + AppContext.BaseDirectory);
    }

    internal sealed record GoldRecord(string Document, MentionRecord Record);

    internal sealed partial record GoldName(string Text, string Comparable, IReadOnlySet<string> Documents)
    {
        public static GoldName Parse(string text)
        {
            var documents = new HashSet<string>();
            foreach (Match note in Note().Matches(text))
            {
                foreach (Match range in DocumentRange().Matches(note.Value))
                {
                    var (prefix, from) = (range.Groups[1].Value, int.Parse(range.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
                    var to = range.Groups[3].Success ? int.Parse(range.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) : from;
                    for (var n = from; n <= to; n++)
                    {
                        documents.Add($"{prefix}{n:00}");
                    }
                }
            }

            return new GoldName(text, ComparableForm(text), documents);
        }

        public static string ComparableForm(string name) => NameForms.Normalize(Note().Replace(name, " "));

        [GeneratedRegex(@"\([^)]*\)")]
        private static partial Regex Note();

        [GeneratedRegex(@"\b(es|en)(\d\d)(?:-(?:es|en)(\d\d))?\b")]
        private static partial Regex DocumentRange();
    }
}
