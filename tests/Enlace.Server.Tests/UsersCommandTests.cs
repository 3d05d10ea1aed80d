using System.Text.Json;
using Enlace.Server.Tests.Support;
using Enlace.Testing;

namespace Enlace.Server.Tests;

/// <summary>`enlace users`: the first administrator is made from the command line, with no default password.</summary>
public sealed class UsersCommandTests
{
    [Theory, AllEngines]
    public async Task The_first_administrator_gets_a_generated_password_printed_once_that_signs_in(Engine engine)
    {
        await using var server = await RunningServer.StartAsync(engine);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(null, "--db", server.Db.Db, "users", "add", "chief", "--agency", "north", "--role", "administrator");
        var password = stdout.Split('\n').Single(l => l.StartsWith("password: ", StringComparison.Ordinal))["password: ".Length..].Trim();
        using var client = await server.SignInAsync("chief", password);
        var users = await TwoAgencies.GetJsonAsync(client, "/api/users");

        Assert.Equal(0, exit);
        Assert.Contains("shown only this once", stderr, StringComparison.Ordinal);
        Assert.True(password.Length >= 12);
        Assert.Equal("chief", Assert.Single(users.EnumerateArray()).GetProperty("userName").GetString());
    }

    [Theory, AllEngines]
    public async Task A_password_from_standard_input_is_used_and_users_list_shows_agency_and_roles(Engine engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);

        var added = await CliProcess.RunAsync("Long-Enough-Pass-9", "--db", db.Db, "users", "add", "ana", "--agency", "south", "--role", "analyst", "--role", "commander", "--password-stdin");
        var weak = await CliProcess.RunAsync("short", "--db", db.Db, "users", "add", "bo", "--agency", "south", "--role", "viewer", "--password-stdin");
        var badRole = await CliProcess.RunAsync(null, "--db", db.Db, "users", "add", "cy", "--agency", "south", "--role", "sheriff");
        var listed = await CliProcess.RunAsync(null, "--db", db.Db, "--json", "users", "list");

        Assert.Equal(0, added.ExitCode);
        Assert.DoesNotContain("password:", added.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(0, weak.ExitCode);
        Assert.Contains("enlace: error:", weak.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, badRole.ExitCode);
        using var list = JsonDocument.Parse(listed.Stdout);
        var ana = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal("south", ana.GetProperty("agency").GetString());
        Assert.Equal(["analyst", "commander"], ana.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
