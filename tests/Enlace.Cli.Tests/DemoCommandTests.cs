using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Enlace.Cli.Tests;

/// <summary>
/// `enlace demo` as a newcomer runs it: it ingests the bundled reports, prints demo accounts of two agencies with
/// passwords shown once, and ends serving; the printed passwords sign in, and each agency reads only what it holds.
/// </summary>
public sealed class DemoCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("enlace-demo-").FullName;

    [Fact]
    public async Task The_demo_serves_its_reports_to_its_own_agency_and_only_the_liaison_offices_reports_to_the_liaison_office()
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = CliProcess.StartInfo("demo", "--db", Path.Combine(_folder, "demo.db"), "--urls", url);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start enlace");
        var output = new StringBuilder();
        var listening = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data?.Contains("Enlace is listening on", StringComparison.Ordinal) == true)
            {
                listening.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(TimeSpan.FromMinutes(8));
            string printed;
            lock (output)
            {
                printed = output.ToString();
            }

            var bundled = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "demo-reports"), "*.txt", SearchOption.AllDirectories).Length;
            using var analyst = await SignInAsync(url, "analista", Password(printed, "analista"));
            var own = await FileNamesAsync(analyst);
            Assert.Equal(bundled, own.Count);

            using var liaison = await SignInAsync(url, "enlace", Password(printed, "enlace"));
            var theirs = await FileNamesAsync(liaison);
            Assert.NotEmpty(theirs);
            Assert.True(theirs.Count < own.Count);
            Assert.All(theirs, name => Assert.True(name.Contains("embassy", StringComparison.OrdinalIgnoreCase) || name.Contains("hsi", StringComparison.OrdinalIgnoreCase), name));

            using var anonymous = new HttpClient { BaseAddress = new Uri(url) };
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/documents")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // A row of the accounts table: "│ agency │ user │ role │ password │".
    private static string Password(string printed, string user)
    {
        var row = printed.Split('\n')
            .Select(line => line.Split('│', StringSplitOptions.TrimEntries))
            .First(cells => cells.Length >= 6 && cells[2] == user);
        return row[4];
    }

    private static async Task<HttpClient> SignInAsync(string url, string user, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(url) };
        using var response = await client.PostAsJsonAsync("/api/account/login", new { userName = user, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<List<string>> FileNamesAsync(HttpClient client)
    {
        var names = new List<string>();
        string? cursor = null;
        do
        {
            using var page = JsonDocument.Parse(await client.GetStringAsync("/api/documents?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))));
            names.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("fileName").GetString()!));
            cursor = page.RootElement.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);
        return names;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
