using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Briefing;
using Enlace.Core.Entities;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;
using Enlace.Core.Storage;
using Enlace.Extraction.Evaluation;
using Enlace.Reporting;

namespace Enlace.Cli.Commands;

/// <summary>`enlace brief --event ID | --entity NAME --format md|html|pdf`: a situation brief with a citation for every fact.</summary>
public static class BriefCommand
{
    public static Command Create()
    {
        var eventId = new Option<string?>("--event") { Description = "The event to brief on (id or prefix, see `enlace conflicts --all`)" };
        var entity = new Option<string?>("--entity") { Description = "An organisation, person or place: brief on every event it takes part in" };
        var format = new Option<string>("--format") { Description = "md, html or pdf", DefaultValueFactory = _ => "md" };
        format.AcceptOnlyFromAmong("md", "html", "pdf");
        var output = new Option<string?>("--output", "-o") { Description = "File to write (required for pdf; default: standard output)" };
        var command = new Command("brief", "Write a situation brief: figures with all sources and grades, conflicts, timeline, entities, citations")
        {
            eventId, entity, format, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var fmt = parse.GetValue(format) ?? "md";
            if ((parse.GetValue(eventId) is null) == (parse.GetValue(entity) is null))
            {
                Terminal.Fail("give exactly one of --event or --entity");
                return ExitCodes.Usage;
            }

            var outputFile = parse.GetValue(output);
            if (fmt == "pdf" && outputFile is null)
            {
                Terminal.Fail("--format pdf needs --output FILE");
                return ExitCodes.Usage;
            }

            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var (store, tenant) = (session.Store, session.TenantId);
            var events = await ReconcileCommand.Reconciler(store).EventsAsync(tenant, cancellationToken);
            var entities = (await store.ListEntitiesAsync(tenant, cancellationToken: cancellationToken)).ToDictionary(e => e.Id);
            var eventStatements = await store.GetStatementsAsync(tenant, new StatementFilter(Limit: int.MaxValue, SubjectKind: EntityKind.Event), cancellationToken);
            IReadOnlyList<EventView> chosen;
            if (parse.GetValue(entity) is { } name)
            {
                var wanted = ExtractionScorer.Normalise(name);
                var ids = entities.Values.Where(e => ExtractionScorer.Normalise(e.Name) == wanted).Select(e => e.Id).ToHashSet();
                if (ids.Count == 0)
                {
                    Terminal.Fail($"no entity named {name}");
                    return ExitCodes.Usage;
                }

                var involved = eventStatements.Where(s => s.Value is EntityValue v && ids.Contains(v.EntityId)).Select(s => s.SubjectId).ToHashSet();
                chosen = [.. events.Where(e => e.Members.Any(involved.Contains))];
            }
            else
            {
                chosen = EventIds.Select(events, parse.GetValue(eventId), out var error);
                if (error is not null)
                {
                    Terminal.Fail(error);
                    return ExitCodes.Usage;
                }
            }

            if (chosen.Count == 0)
            {
                Terminal.Fail("nothing to brief on: no event with figures matches");
                return ExitCodes.Usage;
            }

            var documents = (await store.ListDocumentsAsync(tenant, int.MaxValue, cancellationToken)).ToDictionary(d => d.Id);
            var adjudications = await store.GetAdjudicationsAsync(tenant, cancellationToken: cancellationToken);
            var builder = new BriefBuilder(documents, entities, adjudications);
            var view = chosen[0];
            var brief = builder.ForEvent(view, [.. eventStatements.Where(s => view.Members.Contains(s.SubjectId))], DateTimeOffset.UtcNow);
            var text = fmt == "md" ? BriefMarkdown.Render(brief) : BriefHtml.Render(brief);
            if (fmt == "pdf" && outputFile is not null)
            {
                try
                {
                    await PdfPrinter.PrintAsync(text, outputFile, cancellationToken);
                }
                catch (InvalidOperationException e)
                {
                    Terminal.Fail(e.Message);
                    return ExitCodes.PartialFailure;
                }
            }
            else if (outputFile is { } file)
            {
                await File.WriteAllTextAsync(file, text, cancellationToken);
            }
            else
            {
                Console.Out.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
