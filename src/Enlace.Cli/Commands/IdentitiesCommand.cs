using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Entities;
using Enlace.Core.Identity;

namespace Enlace.Cli.Commands;

/// <summary>
/// `enlace identities review|merge|split|show`: the review queue of proposed merges, and an analyst's merges and splits
/// by hand. Every decision is a judgement with the analyst's name and reason; the latest on a pair is in force.
/// </summary>
public static class IdentitiesCommand
{
    public static Command Create()
    {
        var command = new Command("identities", "Review proposed merges of names and events; merge or split them by hand")
        {
            IdentitiesReviewCommand.Create(),
            IdentitiesDecisionCommand.Create("merge", Verdict.Same),
            IdentitiesDecisionCommand.Create("split", Verdict.NotSame),
            IdentitiesShowCommand.Create(),
        };
        return command;
    }

    /// <summary>The one entity a user means by a name or id, or null after printing why there is not exactly one.</summary>
    internal static async Task<Entity?> FindOneAsync(IdentityReview review, Guid tenant, string text, CancellationToken cancellationToken)
    {
        var found = await review.FindAsync(tenant, text, cancellationToken);
        if (found.Count == 1)
        {
            return found[0];
        }

        Terminal.Fail(found.Count == 0
            ? $"no organisation, person, place or event is named or has the id '{text}'"
            : $"'{text}' names {found.Count} entities; give one id: {string.Join("; ", found.Take(8).Select(e => $"{Short(e.Id)} {e.Kind.ToString().ToLowerInvariant()} {e.Name}"))}");
        return null;
    }

    /// <summary>The last twelve digits of an id: its random part (ids made in one instant share their first twelve).</summary>
    internal static string Short(Guid id) => id.ToString("N")[^12..];

    internal static object JudgementJson(IdentityJudgement j) => new
    {
        id = j.Id,
        a = j.A,
        b = j.B,
        verdict = j.Verdict,
        score = Math.Round(j.Score, 3),
        judged_by = j.JudgedBy,
        reason = j.Reason,
        at = j.At,
    };

    internal static object CardJson(EntityCard card, IReadOnlyDictionary<Guid, string> files) => new
    {
        id = card.Id,
        kind = card.Kind,
        name = card.Name,
        aliases = card.Aliases,
        documents = card.Documents.Select(d => files.GetValueOrDefault(d, d.ToString())),
    };

    internal static async Task<IReadOnlyDictionary<Guid, string>> FilesAsync(Storage.SqlStore store, Guid tenant, CancellationToken cancellationToken) =>
        (await store.ListDocumentsAsync(tenant, int.MaxValue, cancellationToken)).ToDictionary(d => d.Id, d => d.FileName);
}
