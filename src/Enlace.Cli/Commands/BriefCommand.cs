using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Briefing;
using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;
using Enlace.Core.Storage;
using Enlace.Reporting;
using Enlace.Storage;

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
            var documents = (await store.ListDocumentsAsync(tenant, int.MaxValue, cancellationToken)).ToDictionary(d => d.Id);
            var adjudications = await store.GetAdjudicationsAsync(tenant, cancellationToken: cancellationToken);
            var identities = new IdentityGraph(await store.GetJudgementsAsync(tenant, cancellationToken));
            var builder = new BriefBuilder(documents, entities, adjudications, identities, await new SourceGradeStore(store).BookAsync(tenant, cancellationToken));
            IReadOnlyList<Statement> StatementsOf(EventView view) => [.. eventStatements.Where(s => view.Members.Contains(s.SubjectId))];
            string text;
            if (parse.GetValue(entity) is { } name)
            {
                var found = (await new IdentityReview(store, TimeProvider.System).FindAsync(tenant, name, cancellationToken)).Where(e => e.Kind != EntityKind.Event).ToList();
                if (found.Count == 0)
                {
                    Terminal.Fail($"no organisation, person or place is named or has the id '{name}'");
                    return ExitCodes.Usage;
                }

                // The entity is everything its identity cluster holds: a brief on "PNP" covers the Spanish and English names too.
                var members = found.SelectMany(e => identities.Members(e.Id)).ToHashSet();
                var involved = eventStatements.Where(s => s.Value is EntityValue v && members.Contains(v.EntityId)).Select(s => s.SubjectId).ToHashSet();
                var chosen = events.Where(e => e.Members.Any(involved.Contains)).ToList();
                if (chosen.Count == 0)
                {
                    Terminal.Fail($"{name} takes part in no event with figures or dates");
                    return ExitCodes.Usage;
                }

                var title = found.Select(e => identities.Representative(e.Id)).Distinct().Count() == 1 ? found[0].Name : name;
                var namedAs = await store.GetStatementsAsync(tenant, new StatementFilter(Property: "named_as", Limit: int.MaxValue), cancellationToken);
                var aliases = members.Select(m => entities[m].Name)
                    .Concat(namedAs.Where(s => members.Contains(s.SubjectId) && s.Value is TextValue).Select(s => ((TextValue)s.Value).Text.Trim()))
                    .Where(a => a.Length > 0 && !string.Equals(a, title, StringComparison.OrdinalIgnoreCase))
                    .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
                var brief = builder.ForEntity(title, aliases, [.. chosen.Select(v => (v, StatementsOf(v)))], DateTimeOffset.UtcNow);
                text = fmt == "md" ? BriefMarkdown.Render(brief) : BriefHtml.Render(brief);
            }
            else
            {
                var chosen = EventIds.Select(events, parse.GetValue(eventId), out var error);
                if (error is not null)
                {
                    Terminal.Fail(error);
                    return ExitCodes.Usage;
                }

                var brief = builder.ForEvent(chosen[0], StatementsOf(chosen[0]), DateTimeOffset.UtcNow);
                text = fmt == "md" ? BriefMarkdown.Render(brief) : BriefHtml.Render(brief);
            }

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
