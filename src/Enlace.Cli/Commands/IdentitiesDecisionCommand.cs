using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Identity;

namespace Enlace.Cli.Commands;

/// <summary>`enlace identities merge|split A B --reason "…"`: an analyst's judgement that two entities are, or are not, one.</summary>
internal static class IdentitiesDecisionCommand
{
    public static Command Create(string name, Verdict verdict)
    {
        var a = new Argument<string>("a") { Description = "An organisation, person, place or event: its id (or a prefix of 6+ digits) or its name" };
        var b = new Argument<string>("b") { Description = "The other one" };
        var reason = new Option<string>("--reason") { Description = "Why, in words a colleague could check", Required = true };
        var analyst = new Option<string?>("--analyst") { Description = "Who decides (default: $USER)" };
        var description = verdict == Verdict.Same
            ? "Record that two entities are one (reversible: a later split wins)"
            : "Record that two entities are not one; the pair is never proposed again (reversible: a later merge wins)";
        var command = new Command(name, description) { a, b, reason, analyst };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(parse.GetValue(reason)))
            {
                Terminal.Fail($"a {name} needs a reason");
                return ExitCodes.Usage;
            }

            await using var session = await TenantSession.OpenAsync(parse, cancellationToken);
            if (session is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            var review = new IdentityReview(session.Store, TimeProvider.System);
            var first = await IdentitiesCommand.FindOneAsync(review, session.TenantId, parse.GetValue(a) ?? "", cancellationToken);
            var second = first is null ? null : await IdentitiesCommand.FindOneAsync(review, session.TenantId, parse.GetValue(b) ?? "", cancellationToken);
            if (first is null || second is null)
            {
                return ExitCodes.Usage;
            }

            var who = parse.GetValue(analyst) is { Length: > 0 } given ? given : Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user : Environment.UserName;
            IdentityDecision decision;
            try
            {
                decision = verdict == Verdict.Same
                    ? await review.MergeAsync(session.TenantId, first.Id, second.Id, who, parse.GetValue(reason) ?? "", cancellationToken)
                    : await review.SplitAsync(session.TenantId, first.Id, second.Id, who, parse.GetValue(reason) ?? "", cancellationToken);
            }
            catch (IdentityDecisionException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }

            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new
                {
                    judgement = IdentitiesCommand.JudgementJson(decision.Judgement),
                    a_name = first.Name,
                    b_name = second.Name,
                    set_aside = decision.SetAside.Select(IdentitiesCommand.JudgementJson),
                });
                return ExitCodes.Success;
            }

            Console.Out.WriteLine($"{(verdict == Verdict.Same ? "merged" : "split")} '{first.Name}' and '{second.Name}' ({decision.Judgement.JudgedBy}: {decision.Judgement.Reason})");
            foreach (var aside in decision.SetAside)
            {
                Console.Out.WriteLine($"  set aside an older link by {aside.JudgedBy} ({aside.Reason}) that would join entities judged not the same");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
