using Enlace.Cli.Output;
using Enlace.Storage;

namespace Enlace.Cli.Commands;

internal static class StoreOpener
{
    /// <summary>Opens and migrates the store, or prints why not and returns null.</summary>
    public static async Task<SqlStore?> OpenAsync(string db, CancellationToken cancellationToken)
    {
        try
        {
            return await StoreFactory.OpenAsync(db, cancellationToken);
        }
        catch (StoreUnavailableException e)
        {
            Terminal.Fail(e.Message);
            return null;
        }
    }
}
