using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Core.Access;
using Enlace.Server.Hosting;
using Enlace.Server.Identity;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Enlace.Cli.Commands;

/// <summary>
/// `enlace users add NAME --agency A --role R` and `enlace users list`: accounts, made from the command line so that the
/// first administrator exists before the server is ever reachable. There is no default password: it is read from
/// standard input (--password-stdin) or generated and printed once.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var users = new Command("users", "Create and list the accounts that sign in to `enlace serve`");
        users.Subcommands.Add(Add());
        users.Subcommands.Add(List());
        return users;
    }

    private static Command Add()
    {
        var name = new Argument<string>("name") { Description = "The user name people sign in with (letters, digits, - . _ @)" };
        var agency = new Option<string>("--agency") { Description = "The agency (tenant) the account belongs to; created if new", Required = true };
        var roles = new Option<string[]>("--role") { Description = $"A role, repeatable: {string.Join(", ", RoleNames.All)}", Required = true, AllowMultipleArgumentsPerToken = true };
        var red = new Option<bool>("--cleared-red") { Description = "Clear this analyst or commander for TLP:RED material of their agency" };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input instead of generating one" };
        var command = new Command("add", "Create an account; prints a generated password once unless --password-stdin") { name, agency, roles, red, passwordStdin };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var wanted = new List<Role>();
            foreach (var roleName in parse.GetValue(roles) ?? [])
            {
                if (!RoleNames.TryParse(roleName, out var role))
                {
                    Terminal.Fail($"no role is called {roleName}; roles are {string.Join(", ", RoleNames.All)}");
                    return ExitCodes.Usage;
                }

                wanted.Add(role);
            }

            string? password = null;
            if (parse.GetValue(passwordStdin))
            {
                password = (await Console.In.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
                if (string.IsNullOrEmpty(password))
                {
                    Terminal.Fail("--password-stdin was given but standard input held no password");
                    return ExitCodes.Usage;
                }
            }

            await using var store = await StoreOpener.OpenAsync(GlobalOptions.ResolveDb(parse), cancellationToken);
            if (store is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            await using var services = AccountAdministration.Services(store);
            await using var scope = services.CreateAsyncScope();
            NewAccount created;
            try
            {
                created = await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
                    .CreateAsync(parse.GetValue(agency) ?? "", parse.GetValue(name) ?? "", wanted, password, parse.GetValue(red), cancellationToken);
            }
            catch (InvalidRequestException e)
            {
                Terminal.Fail(e.Message);
                return ExitCodes.Usage;
            }

            var roleList = string.Join(", ", created.Roles.Select(r => r.ToName()));
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(new { user = created.Account.UserName, id = created.Account.Id, agency = created.Agency, roles = created.Roles.Select(r => r.ToName()), cleared_for_red = created.Account.ClearedForRed, password = created.GeneratedPassword });
            }
            else
            {
                Console.Out.WriteLine($"created {created.Account.UserName} in {created.Agency} as {roleList}");
                if (created.GeneratedPassword is { } generated)
                {
                    Console.Out.WriteLine($"password: {generated}");
                    Console.Error.WriteLine("enlace: the password is shown only this once; store it safely");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command List()
    {
        var agency = new Option<string?>("--agency") { Description = "Only this agency's accounts" };
        var command = new Command("list", "List accounts with their agency, roles and lockout") { agency };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var store = await StoreOpener.OpenAsync(GlobalOptions.ResolveDb(parse), cancellationToken);
            if (store is null)
            {
                return ExitCodes.StoreUnavailable;
            }

            await using var services = AccountAdministration.Services(store);
            await using var scope = services.CreateAsyncScope();
            var all = await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ListAsync(null, cancellationToken);
            var only = parse.GetValue(agency);
            var rows = all.Where(u => only is null || string.Equals(u.Agency, only, StringComparison.OrdinalIgnoreCase)).ToList();
            var now = DateTimeOffset.UtcNow;
            if (parse.GetValue(GlobalOptions.Json))
            {
                Json.Write(rows.Select(u => new
                {
                    user = u.Account.UserName,
                    id = u.Account.Id,
                    agency = u.Agency,
                    roles = u.Roles.Select(r => r.ToName()),
                    cleared_for_red = u.Account.ClearedForRed,
                    locked_out = u.Account.LockoutEnd > now,
                }));
                return ExitCodes.Success;
            }

            if (rows.Count == 0)
            {
                Console.Out.WriteLine("no accounts; create one with `enlace users add NAME --agency AGENCY --role administrator`");
                return ExitCodes.Success;
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumns("user", "agency", "roles", "RED", "locked");
            foreach (var (account, agencyName, roles) in rows)
            {
                table.AddRow(Markup.Escape(account.UserName), Markup.Escape(agencyName), Markup.Escape(string.Join(", ", roles.Select(r => r.ToName()))),
                    account.ClearedForRed ? "yes" : "", account.LockoutEnd > now ? "[red]locked[/]" : "");
            }

            Terminal.Out.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
