using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Core.Access;
using Enlace.Core.Grading;
using Enlace.Core.Sources;
using Enlace.Storage;
using Enlace.Storage.Access;

namespace Enlace.Cli.Commands;

/// <summary>
/// `enlace sources list` shows every source the agency's statements cite with its Admiralty reliability in force;
/// `enlace sources grade SOURCE B --reason "…"` adds an analyst's grade on top (earlier grades stay as its history).
/// </summary>
public static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "The sources statements cite and their reliability grades (A–F)");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Grade());
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Every cited source with its grade in force (F until graded) and how many statements cite it");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var book = await new SourceGradeStore(session.Store).BookAsync(session.TenantId, cancellationToken);
            var rows = (await CitedAsync(session, parse, cancellationToken))
                .Select(c => (c.Name, c.Statements, c.Documents, Grade: book.Current(c.Name)))
                .OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
                .ToList();
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(rows.Select(r => new
                {
                    source = r.Name,
                    reliability = (r.Grade?.Reliability ?? SourceReliability.F).ToString(),
                    reason = r.Grade?.Reason,
                    graded_by = r.Grade?.GradedBy,
                    graded_at = r.Grade?.GradedAt,
                    statements = r.Statements,
                    documents = r.Documents,
                }));
                return ExitCodes.Success;
            }

            if (rows.Count == 0)
            {
                Console.Out.WriteLine("no statement cites a source yet");
            }

            foreach (var r in rows)
            {
                var graded = r.Grade is { } g ? $"{g.Reason} ({g.GradedBy}, {g.GradedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "not graded";
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Grade?.Reliability ?? SourceReliability.F}  {r.Name}  — {r.Statements} statement(s), {r.Documents} report(s); {graded}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Grade()
    {
        var source = new Argument<string>("source") { Description = "The source as `enlace sources list` names it (case and spacing are ignored)" };
        var grade = new Argument<string>("grade") { Description = "Admiralty reliability: A completely reliable, B usually, C fairly, D not usually, E unreliable, F cannot be judged" };
        var reason = new Option<string>("--reason") { Description = "Why, in words another analyst could check", Required = true };
        var analyst = new Option<string>("--analyst") { Description = "Who grades", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("grade", "Grade a source A–F with a reason; earlier grades stay as its history") { source, grade, reason, analyst };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var letter = parse.GetValue(grade) ?? "";
            if (letter.Length != 1 || !Enum.TryParse<SourceReliability>(letter, ignoreCase: true, out var reliability) || !Enum.IsDefined(reliability))
            {
                Terminal.Fail($"the grade is one letter of the Admiralty code, A to F, not '{letter}'");
                return ExitCodes.Usage;
            }

            if (string.IsNullOrWhiteSpace(parse.GetValue(reason)))
            {
                Terminal.Fail("a grade needs a reason");
                return ExitCodes.Usage;
            }

            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var wanted = SourceGrade.KeyOf(parse.GetValue(source) ?? "");
            var cited = (await CitedAsync(session, parse, cancellationToken)).Where(c => SourceGrade.KeyOf(c.Name) == wanted).OrderByDescending(c => c.Statements).FirstOrDefault();
            if (wanted.Length == 0 || cited is null)
            {
                Terminal.Fail($"no statement cites a source named '{parse.GetValue(source)}'; see `enlace sources list`");
                return ExitCodes.Usage;
            }

            SourceGrade given;
            try
            {
                given = SourceGrade.Create(session.TenantId, cited.Name, reliability, parse.GetValue(reason) ?? "", parse.GetValue(analyst) ?? Environment.UserName, DateTimeOffset.UtcNow);
            }
            catch (ArgumentException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }

            var grades = new SourceGradeStore(session.Store);
            var before = (await grades.BookAsync(session.TenantId, cancellationToken)).ReliabilityOf(cited.Name);
            await grades.AddAsync(given, cancellationToken);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new { source = given.Source, reliability = given.Reliability.ToString(), reason = given.Reason, graded_by = given.GradedBy, graded_at = given.GradedAt });
            }
            else
            {
                Console.Out.WriteLine($"graded {given.Source} {given.Reliability} (was {before}): {given.Reason}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // The command line works on the whole store of its tenant, as every command does: every marking is read.
    private static Task<IReadOnlyList<CitedSource>> CitedAsync(TenantSession session, ParseResult parse, CancellationToken cancellationToken) =>
        new ClearedSources(session.Store).CitedAsync(
            AccessRules.Scope(session.TenantId, parse.GetValue(GlobalOptions.Tenant) ?? "", Guid.Empty, Environment.UserName, [Role.Analyst], clearedForRed: true),
            cancellationToken);
}
