namespace Enlace.Testing;

/// <summary>The `shared/` folder beside the repository (the seed reports, the product docs, the STIX schemas).</summary>
public static class SharedFolder
{
    public static string Path { get; } = Find();

    /// <summary>The repository root (the folder with Enlace.slnx).</summary>
    public static string Repository { get; } = FindRepository();

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Enlace.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("cannot find the repository root (Enlace.slnx) above " + AppContext.BaseDirectory);
    }

    private static string Find()
    {
        var candidate = Environment.GetEnvironmentVariable("ENLACE_SHARED") ?? System.IO.Path.Combine(FindRepository(), "..", "shared");
        return Directory.Exists(candidate)
            ? System.IO.Path.GetFullPath(candidate)
            : throw new DirectoryNotFoundException($"the shared folder is expected at {candidate} (or set ENLACE_SHARED)");
    }
}
