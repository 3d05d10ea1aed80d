using System.CommandLine;
using System.Globalization;
using Enlace.Cli.Output;
using Enlace.Core.Identity;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>`enlace identities show NAME|ID`: the members of an entity's identity cluster and the judgements that made it.</summary>
internal static class IdentitiesShowCommand
{
    public static Command Create()
    {
        var entity = new Argument<string>("entity") { Description = "An organisation, person, place or event: its id (or a prefix of 6+ digits) or its name" };
        var command = new Command("show", "Show what an entity is taken to be: its cluster's members and the judgements behind it") { entity };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var review = new IdentityReview(session.Store, TimeProvider.System);
            var found = await IdentitiesCommand.FindOneAsync(review, session.TenantId, parse.GetValue(entity) ?? "", cancellationToken);
            if (found is null)
            {
                return ExitCodes.Usage;
            }

            var cluster = await review.ClusterAsync(session.TenantId, found.Id, cancellationToken);
            var files = await IdentitiesCommand.FilesAsync(session.Store, session.TenantId, cancellationToken);
            var all = (await session.Store.ListEntitiesAsync(session.TenantId, cancellationToken: cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new
                {
                    entity = IdentitiesCommand.CardJson(cluster.Entity, files),
                    members = cluster.Members.Select(m => IdentitiesCommand.CardJson(m, files)),
                    links = cluster.Links.Select(IdentitiesCommand.JudgementJson),
                    other = cluster.Other.Select(IdentitiesCommand.JudgementJson),
                });
                return ExitCodes.Success;
            }

            var members = new Table().Border(TableBorder.Rounded).Title($"{Markup.Escape(cluster.Entity.Name)}: {cluster.Members.Count} member(s)")
                .AddColumns("id", "kind", "name", "also named", "reports");
            foreach (var member in cluster.Members)
            {
                members.AddRow(
                    IdentitiesCommand.Short(member.Id),
                    member.Kind.ToString().ToLowerInvariant(),
                    Markup.Escape(member.Name),
                    Markup.Escape(string.Join(", ", member.Aliases.Take(6))),
                    Markup.Escape(string.Join(", ", member.Documents.Select(d => files.GetValueOrDefault(d, "?")).Take(6))));
            }

            Terminal.Out.Write(members);
            Render("judgements that made it", cluster.Links, all);
            Render("other judgements on its members", cluster.Other, all);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Render(string title, IReadOnlyList<IdentityJudgement> judgements, IReadOnlyDictionary<Guid, string> names)
    {
        if (judgements.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title(title).AddColumns("A", "B", "verdict", "score", "by", "why", "when");
        foreach (var j in judgements)
        {
            table.AddRow(
                Markup.Escape(names.GetValueOrDefault(j.A, j.A.ToString())),
                Markup.Escape(names.GetValueOrDefault(j.B, j.B.ToString())),
                j.Verdict switch { Verdict.Same => "same", Verdict.NotSame => "not same", _ => "unsure" },
                j.Score.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(j.JudgedBy),
                Markup.Escape(j.Reason),
                j.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        }

        Terminal.Out.Write(table);
    }
}
