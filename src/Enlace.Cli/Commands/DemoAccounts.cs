using Enlace.Cli.Output;
using Enlace.Core.Access;
using Enlace.Server.Identity;
using Enlace.Storage;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>
/// The demo's people: one account per role in the agency that holds the bundled reports, and a liaison officer of a
/// second agency that holds only its own reports, so a newcomer sees at once what each role and each agency may read.
/// Passwords are generated on every run and shown once; there is no default password.
/// </summary>
internal static class DemoAccounts
{
    /// <summary>The second agency: a foreign liaison office with its own holdings.</summary>
    public const string LiaisonAgency = "liaison-office";

    private static readonly (string User, Role Role, bool OwnAgency)[] People =
    [
        ("analista", Role.Analyst, true),
        ("comandante", Role.Commander, true),
        ("victimas", Role.VictimServices, true),
        ("visor", Role.Viewer, true),
        ("admin", Role.Administrator, true),
        ("enlace", Role.LiaisonOfficer, false),
    ];

    /// <summary>Makes the accounts that are missing and gives every demo account a fresh password.</summary>
    public static async Task<IReadOnlyList<(string Agency, string User, Role Role, string Password)>> EnsureAsync(
        SqlStore store, string agency, CancellationToken cancellationToken)
    {
        await using var services = AccountAdministration.Services(store);
        await using var scope = services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var result = new List<(string, string, Role, string)>();
        foreach (var (user, role, own) in People)
        {
            var home = own ? agency : LiaisonAgency;
            var password = await administration.ResetPasswordAsync(user, cancellationToken)
                ?? (await administration.CreateAsync(home, user, [role], password: null, clearedForRed: false, cancellationToken)).GeneratedPassword!;
            result.Add((home, user, role, password));
        }

        return result;
    }

    public static void Show(IReadOnlyList<(string Agency, string User, Role Role, string Password)> accounts, string address)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"sign in at {Markup.Escape(address)} (passwords are new on every run and shown only here)")
            .AddColumns("agency", "user", "role", "password");
        foreach (var (agency, user, role, password) in accounts)
        {
            table.AddRow(Markup.Escape(agency), Markup.Escape(user), Markup.Escape(role.ToName()), Markup.Escape(password));
        }

        Terminal.Out.Write(table);
    }
}
