using Enlace.Core.Statements;

namespace Enlace.Extraction.Entities;

/// <summary>
/// Finds the organisations, people and places a document names, each under one canonical name with its aliases and
/// every span that names it. Evidence comes from the gazetteers, from acronyms defined in brackets, from the shape of
/// names (head words, titles, given names, nicknames) and from the words around them (gang, district, alias).
/// </summary>
public static class EntityFinder
{
    /// <summary>Receives the winning candidates of each document, for diagnosing a decision.</summary>
    public static Action<string>? Trace { get; set; }

    public static IReadOnlyList<EntityMention> Find(string text, string language, IReadOnlyList<TextSpan> sentences) =>
        string.IsNullOrEmpty(text) ? [] : Find(new EntityDocument(text, language, sentences));

    /// <summary>The entities of a document already tokenised, read in the document's language.</summary>
    public static IReadOnlyList<EntityMention> Find(EntityDocument doc)
    {
        if (doc.Text.Length == 0)
        {
            return [];
        }

        var candidates = Candidates(doc, out var focus);
        var entities = EntityAssembler.Assemble(doc, CandidateResolver.Resolve(doc, candidates), focus);
        var echoes = EchoFinder.Find(doc, entities);
        var known = candidates.Select(c => (c.First, c.End)).ToHashSet();
        candidates.AddRange(echoes.Where(e => !known.Contains((e.First, e.End))));
        var accepted = CandidateResolver.Resolve(doc, candidates);
        Trace?.Invoke(string.Join("\n", accepted.Select(c => $"  {c.Source} {c.Type[..3]} {doc.Surface(c.First, c.End)} [{c.Priority}] opt={string.Join(",", c.Options.Select(o => o.Id))} ctx={c.Contextual} alias={c.AliasOf} name={c.Name}")));
        entities = EntityAssembler.Assemble(doc, accepted, focus);
        GenericReferences.Add(doc, entities, focus);
        AmbassadorPosts.Complete(doc, entities);
        return [.. entities.Select(e => e.ToMention(doc)).OrderBy(e => e.Spans.Count == 0 ? int.MaxValue : e.Spans[0].Start)];
    }

    private static List<Candidate> Candidates(EntityDocument doc, out CountryFocus focus)
    {
        var gazetteer = GazetteerMatcher.Find(doc);
        focus = CountryFocus.Of(doc, gazetteer);
        var acronyms = AcronymDefinitions.Find(doc, gazetteer);
        var claims = new TokenClaims(doc.Count, gazetteer.Concat(acronyms));
        var masthead = Masthead.Find(doc);
        List<Candidate> candidates =
        [
            .. gazetteer,
            .. acronyms,
            .. OfficeMentions.Find(doc, [.. gazetteer, .. acronyms]),
            .. OrganisationPatterns.Find(doc),
            .. EmbassyPattern.Find(doc, gazetteer),
            .. GangPatterns.Find(doc),
            .. PlacePatterns.Find(doc, gazetteer),
            .. QuotedAliases.Find(doc, claims),
            .. PersonFinder.Find(doc, claims, masthead?.Name),
            .. DemonymMentions.Find(doc, focus.Mentioned),
            .. DemonymMentions.CountryPolice(doc, gazetteer),
        ];
        if (masthead is not null)
        {
            candidates.Add(masthead);
        }

        return candidates;
    }
}
