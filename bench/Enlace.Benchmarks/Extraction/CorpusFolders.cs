using Enlace.Documents;

namespace Enlace.Benchmarks.Extraction;

/// <summary>The repository's own report folders (synthetic Spanish and English, held out), read as the CLI reads them.</summary>
public static class CorpusFolders
{
    public static readonly string[] Default = ["corpus/synthetic/es", "corpus/synthetic/en", "corpus/heldout"];

    /// <summary>The folders named, relative to the repository root when not absolute, each with its decoded texts.</summary>
    public static IReadOnlyList<(string Folder, IReadOnlyList<string> Texts)> Read(IReadOnlyList<string> folders)
    {
        var reader = new DocumentReader();
        var root = RepositoryRoot();
        var result = new List<(string, IReadOnlyList<string>)>();
        foreach (var folder in folders)
        {
            var path = Path.IsPathRooted(folder) ? folder : Path.Combine(root, folder);
            if (!Directory.Exists(path))
            {
                throw new ArgumentException($"no folder at {path}");
            }

            var texts = Directory.EnumerateFiles(path)
                .Where(DocumentReader.IsSupported)
                .Order(StringComparer.Ordinal)
                .Select(file => reader.ReadFile(file).Text)
                .ToList();
            result.Add((folder, texts));
        }

        return result;
    }

    // The folder holding Enlace.slnx, found from the working directory up, so the command runs from anywhere in the tree.
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Enlace.slnx")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
