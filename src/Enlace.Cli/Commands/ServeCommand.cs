using System.CommandLine;
using Enlace.Cli.Output;
using Enlace.Server;
using Enlace.Server.Identity;
using Enlace.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Enlace.Cli.Commands;

/// <summary>`enlace serve [--urls URL]`: the web UI and the REST API with its OpenAPI reference over the --db store, for signed-in users only.</summary>
public static class ServeCommand
{
    /// <summary>Where to listen; shared with `enlace demo`, which ends by serving.</summary>
    public static Option<string> Urls { get; } = new("--urls")
    {
        Description = "Where to listen, e.g. http://127.0.0.1:5080 (several separated by ;)",
        DefaultValueFactory = _ => ServerOptions.DefaultUrls,
    };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the web UI and the REST API over the database; users sign in (see `enlace users add`)") { Urls };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(GlobalOptions.ResolveDb(parse), parse.GetValue(Urls) ?? ServerOptions.DefaultUrls, cancellationToken));
        return command;
    }

    /// <summary>Serves until Ctrl+C (or <paramref name="cancellationToken"/>); prints each address it listens on.</summary>
    public static async Task<int> RunAsync(string db, string urls, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = await EnlaceServer.BuildAsync(new ServerOptions(db, urls), cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            Terminal.Fail(e.Message);
            return ExitCodes.StoreUnavailable;
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                Terminal.Fail($"cannot listen: {e.Message}");
                return ExitCodes.PartialFailure;
            }

            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.Out.WriteLine($"Enlace is listening on {address} (API reference: {address.TrimEnd('/')}/scalar); press Ctrl+C to stop");
            }

            using (var scope = app.Services.CreateScope())
            {
                if ((await scope.ServiceProvider.GetRequiredService<AccountAdministration>().ListAsync(null, cancellationToken)).Count == 0)
                {
                    Console.Error.WriteLine("enlace: no accounts yet; create the first administrator with `enlace users add NAME --agency AGENCY --role administrator`");
                }
            }

            await Console.Out.FlushAsync(cancellationToken);
            try
            {
                await app.WaitForShutdownAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop serving and close the store.
            }

            await app.StopAsync(CancellationToken.None);
        }

        return ExitCodes.Success;
    }
}
