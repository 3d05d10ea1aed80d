using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Storage;
using Enlace.Extraction.Evaluation;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>`enlace facts [--document FILE] [--entity NAME]`: statements with their provenance, as stored.</summary>
public static class FactsCommand
{
    public static Command Create()
    {
        var document = new Option<string?>("--document") { Description = "Only statements from this document (file name or id prefix)" };
        var entity = new Option<string?>("--entity") { Description = "Only statements about this entity (name)" };
        var property = new Option<string?>("--property") { Description = "Only this property (arrested, rescued, date, role…)" };
        var limit = new Option<int>("--limit") { Description = "Most statements to show", DefaultValueFactory = _ => 200 };
        var command = new Command("facts", "List statements with the span, source, grade and marking of each") { document, entity, property, limit };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var (store, tenant) = (session.Store, session.TenantId);
            var documents = (await store.ListDocumentsAsync(tenant, int.MaxValue, cancellationToken)).ToDictionary(d => d.Id);
            var entities = (await store.ListEntitiesAsync(tenant, cancellationToken: cancellationToken)).ToDictionary(e => e.Id);
            Guid? documentId = null;
            if (parse.GetValue(document) is { } wantedDocument)
            {
                var key = wantedDocument.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
                var match = documents.Values.FirstOrDefault(d => d.FileName == wantedDocument || d.Id.ToString("N").StartsWith(key, StringComparison.Ordinal));
                if (match is null)
                {
                    Terminal.Fail($"no document {wantedDocument}");
                    return ExitCodes.Usage;
                }

                documentId = match.Id;
            }

            Guid? subjectId = null;
            if (parse.GetValue(entity) is { } wantedEntity)
            {
                var match = entities.Values.FirstOrDefault(e => ExtractionScorer.Normalise(e.Name) == ExtractionScorer.Normalise(wantedEntity));
                if (match is null)
                {
                    Terminal.Fail($"no entity named {wantedEntity}");
                    return ExitCodes.Usage;
                }

                subjectId = match.Id;
            }

            var statements = await store.GetStatementsAsync(tenant, new StatementFilter(documentId, subjectId, parse.GetValue(property), Math.Max(1, parse.GetValue(limit))), cancellationToken);
            var rows = statements.Select(s => new
            {
                id = s.Id,
                subject = entities.TryGetValue(s.SubjectId, out var subject) ? subject.Name : s.SubjectId.ToString(),
                property = s.Property,
                value = ConflictsCommand.ValueText(s) is { Length: > 0 } v && s.Value is not Core.Statements.EntityValue ? v
                    : s.Value is Core.Statements.EntityValue ev && entities.TryGetValue(ev.EntityId, out var target) ? target.Name
                    : (s.Value as Core.Statements.TextValue)?.Text ?? "",
                source = ConflictsCommand.Source(s, documents),
                document = s.DocumentId is { } id && documents.TryGetValue(id, out var d) ? d.FileName : null,
                span = s.Span is { } span ? new[] { span.Start, span.End } : null,
                quote = s.Span is { } q && s.DocumentId is { } qd && documents.TryGetValue(qd, out var doc) && q.End <= doc.Text.Length ? q.Of(doc.Text) : null,
                origin = s.Origin,
                author = s.Author,
                credibility = (int)s.Credibility,
                marking = s.Marking.ToString(),
            }).ToList();
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(rows);
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("subject", "property", "value", "source", "quote", "origin");
            foreach (var row in rows)
            {
                table.AddRow(Markup.Escape(Cut(row.subject, 34)), Markup.Escape(row.property), Markup.Escape(Cut(row.value, 30)),
                    Markup.Escape(Cut(row.source, 28)), Markup.Escape(Cut(row.quote?.ReplaceLineEndings(" ") ?? "", 40)), $"{row.origin} {row.credibility}");
            }

            Terminal.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
