using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Grading;
using Enlace.Core.Statements;
using Enlace.Extraction;

namespace Enlace.Ingest;

/// <summary>
/// Turns what the extractor found in a document into entities and machine-extracted statements, each pointing at its
/// span. Figures and dates are stated about the happening (event frame) of the report they belong to; names, roles and
/// relations about the entities they concern. Credibility starts at 6 (cannot be judged) until an analyst confirms.
/// </summary>
public static class ExtractedStatements
{
    public static NewDocument Attach(NewDocument document, ExtractionResult extraction, DateTimeOffset now)
    {
        var report = NewEntity(EntityKind.Report, $"{document.FileName} [{document.Sha256[..12]}]", now);
        var entities = new Dictionary<(EntityKind, string), Entity> { [(report.Kind, report.Name)] = report };
        var statements = new List<Statement>();

        Entity EntityFor(EntityKind kind, string name)
        {
            if (!entities.TryGetValue((kind, name), out var entity))
            {
                entity = NewEntity(kind, name, now);
                entities[(kind, name)] = entity;
            }

            return entity;
        }

        void Add(Guid subject, string property, StatementValue value, TextSpan span, string? assertedBy = null) =>
            statements.Add(Statement.Create(
                Guid.Empty,
                subject,
                property,
                value,
                Provenance.Extracted(Extractor.Version, document.Id, span, assertedBy),
                InformationCredibility.CannotBeJudged,
                document.Marking,
                now));

        var named = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var mention in extraction.Entities)
        {
            var entity = EntityFor(KindOf(mention.Type), mention.Name);
            named.TryAdd(mention.Name, entity);
            // A relation may name its subject by an alias ("HSI Lima"); it is the same entity, not a new one.
            mention.Aliases.ToList().ForEach(alias => named.TryAdd(alias, entity));
            foreach (var span in mention.Spans.Where(s => s.End <= document.Text.Length))
            {
                Add(entity.Id, "named_as", new TextValue(span.Of(document.Text)), span);
            }

            if (mention.Role is { } role && mention.Spans.Count > 0)
            {
                Add(entity.Id, "role", new TextValue(role), mention.Spans[0]);
            }
        }

        // Each happening the report frames becomes an event of its own; reconciliation groups them across reports.
        var frameOfDate = new Dictionary<int, Entity>();
        var frameOfQuantity = new Dictionary<int, Entity>();
        foreach (var frame in extraction.Frames)
        {
            var evt = EntityFor(EntityKind.Event, $"{document.FileName} [{document.Sha256[..12]}] event {frame.Index + 1}");
            var anchor = frame.Sentences.Count > 0 ? frame.Sentences[0] : new TextSpan(0, 0);
            Add(report.Id, "reports", new EntityValue(evt.Id), anchor);
            foreach (var place in frame.Places)
            {
                Add(evt.Id, "place", new EntityValue(EntityFor(EntityKind.Location, place).Id), anchor);
            }

            foreach (var participant in frame.Participants.Where(named.ContainsKey))
            {
                Add(evt.Id, "participant", new EntityValue(named[participant].Id), anchor);
            }

            frame.Dates.ToList().ForEach(i => frameOfDate[i] = evt);
            frame.Quantities.ToList().ForEach(i => frameOfQuantity[i] = evt);
        }

        for (var i = 0; i < extraction.Dates.Count; i++)
        {
            var date = extraction.Dates[i];
            var subject = frameOfDate.GetValueOrDefault(i) ?? report;
            Add(subject.Id, "date", new DateValue(date.Resolved), date.Span);
            if (date.Warning is { } warning)
            {
                Add(subject.Id, "date_warning", new TextValue(warning), date.Span);
            }
        }

        for (var i = 0; i < extraction.Quantities.Count; i++)
        {
            var q = extraction.Quantities[i];
            var subject = frameOfQuantity.GetValueOrDefault(i) ?? report;
            Add(subject.Id, q.Measure, new QuantityValue(q.Value, q.Qualifier, q.Measure, q.Population, q.Unit, q.Item), q.Span, q.AttributedTo);
        }

        foreach (var relation in extraction.Relations)
        {
            var subject = named.GetValueOrDefault(relation.Subject) ?? EntityFor(EntityKind.Organization, relation.Subject);
            if (relation.Predicate == "role")
            {
                Add(subject.Id, "role", new TextValue(relation.Object), relation.Span);
                continue;
            }

            var objectKind = relation.Predicate is "operates_in" or "originated_in" ? EntityKind.Location : EntityKind.Organization;
            var target = named.GetValueOrDefault(relation.Object) ?? EntityFor(objectKind, relation.Object);
            Add(subject.Id, relation.Predicate, new EntityValue(target.Id), relation.Span);
        }

        return document with { Entities = [.. entities.Values], Statements = statements };
    }

    private static Entity NewEntity(EntityKind kind, string name, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), Guid.Empty, kind, name, now);

    private static EntityKind KindOf(string type) => type switch
    {
        "person" => EntityKind.Person,
        "location" => EntityKind.Location,
        _ => EntityKind.Organization,
    };
}
