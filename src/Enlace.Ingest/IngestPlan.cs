using Enlace.Documents;

namespace Enlace.Ingest;

/// <summary>
/// The files an ingest will read, from the paths a user gave: files as named, folders searched recursively for
/// supported formats. Paths that do not exist fail; unsupported files inside folders are listed as skipped.
/// </summary>
public sealed record IngestPlan(IReadOnlyList<string> Files, IReadOnlyList<FileResult> NotIngested)
{
    public static IngestPlan For(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var notIngested = new List<FileResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                foreach (var file in Directory.EnumerateFiles(path, "*", options).Order(StringComparer.Ordinal))
                {
                    if (!DocumentReader.IsSupported(file))
                    {
                        notIngested.Add(new FileResult(file, IngestStatus.Skipped, Reason: $"unsupported file type '{Path.GetExtension(file)}'"));
                    }
                    else if (seen.Add(Path.GetFullPath(file)))
                    {
                        files.Add(file);
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (seen.Add(Path.GetFullPath(path)))
                {
                    files.Add(path);
                }
            }
            else
            {
                notIngested.Add(new FileResult(path, IngestStatus.Failed, Reason: "no such file or folder"));
            }
        }

        return new IngestPlan(files, notIngested);
    }
}
