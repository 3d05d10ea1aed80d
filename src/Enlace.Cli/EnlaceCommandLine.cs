using System.CommandLine;
using Enlace.Cli.Commands;

namespace Enlace.Cli;

/// <summary>The `enlace` command tree. Each command lives in its own file under Commands/.</summary>
public static class EnlaceCommandLine
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Enlace: joint intelligence on transnational criminal networks — reports in, facts with provenance out.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Json);
        root.Options.Add(GlobalOptions.Tenant);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(FactsCommand.Create());
        root.Subcommands.Add(ReconcileCommand.Create());
        root.Subcommands.Add(ConflictsCommand.Create());
        root.Subcommands.Add(AdjudicateCommand.Create());
        root.Subcommands.Add(IdentitiesCommand.Create());
        root.Subcommands.Add(BriefCommand.Create());
        root.Subcommands.Add(SourcesCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        return root;
    }
}
