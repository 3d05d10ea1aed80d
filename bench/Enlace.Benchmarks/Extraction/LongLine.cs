using System.Text;
using Enlace.Benchmarks.Corpus;

namespace Enlace.Benchmarks.Extraction;

/// <summary>
/// Text on a single line: the worst case for passes that work per line or per sentence. <see cref="Kinds"/>: "reports" is
/// generated reports, Spanish and English in turn, with every line break turned into a space; "repeated" is one English
/// sentence dense with a figure, a name, a place, a date and a source, over and over, so every mention recurs thousands
/// of times.
/// </summary>
public static class LongLine
{
    public static readonly string[] Kinds = ["reports", "repeated"];

    private const string Sentence = "Police arrested at least 23 members of the gang in Lima on Friday (February 7) according to the Embassy, ";

    public static string Build(string kind, int seed, long bytes) => kind switch
    {
        "reports" => Reports(seed, bytes),
        "repeated" => Repeated(bytes),
        _ => throw new ArgumentException($"no long line of kind '{kind}'", nameof(kind)),
    };

    private static string Repeated(long bytes)
    {
        var text = new StringBuilder((int)Math.Min(bytes + Sentence.Length, int.MaxValue / 2));
        while (text.Length < bytes)
        {
            text.Append(Sentence);
        }

        return text.ToString();
    }

    private static string Reports(int seed, long bytes)
    {
        var generator = new ReportGenerator(seed);
        var text = new StringBuilder((int)Math.Min(bytes + 4_096, int.MaxValue / 2));
        long written = 0;
        for (var index = 0; written < bytes; index++)
        {
            var report = generator.Generate(index).Text.Replace('\r', ' ').Replace('\n', ' ');
            text.Append(report).Append(' ');
            written += Encoding.UTF8.GetByteCount(report) + 1;
        }

        return text.ToString();
    }
}
