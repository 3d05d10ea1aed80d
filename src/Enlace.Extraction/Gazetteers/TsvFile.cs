using System.Reflection;

namespace Enlace.Extraction.Gazetteers;

/// <summary>Reads one of the gazetteer files embedded in this assembly: tab-separated, '#' starts a comment line.</summary>
public static class TsvFile
{
    public static IEnumerable<string[]> Rows(string fileName)
    {
        var assembly = typeof(TsvFile).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Enlace.Extraction.Gazetteers.{fileName}")
            ?? throw new InvalidOperationException($"The gazetteer file {fileName} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(line.Split('\t'));
        }

        return rows;
    }

    public static string Column(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    public static string[] List(string[] row, int index) =>
        Column(row, index).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
