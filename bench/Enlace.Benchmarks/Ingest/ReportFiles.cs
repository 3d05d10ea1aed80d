using System.Text;
using Enlace.Benchmarks.Corpus;

namespace Enlace.Benchmarks.Ingest;

/// <summary>Puts a generated corpus on disk the way a shared drive holds it: UTF-8 text files, a thousand to a folder.</summary>
public static class ReportFiles
{
    /// <summary>Empties <paramref name="folder"/> and writes <paramref name="count"/> reports into it; returns their total size in bytes.</summary>
    public static long Write(string folder, int count, int seed)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var generator = new ReportGenerator(seed);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long bytes = 0;
        foreach (var (report, index) in generator.Generate(0, count).Select((r, i) => (r, i)))
        {
            var subfolder = Path.Combine(folder, $"{index / 1_000:D3}");
            if (index % 1_000 == 0)
            {
                Directory.CreateDirectory(subfolder);
            }

            var content = encoding.GetBytes(report.Text);
            File.WriteAllBytes(Path.Combine(subfolder, report.FileName), content);
            bytes += content.Length;
        }

        return bytes;
    }
}
