using System.Text;

namespace Enlace.Benchmarks.Harness;

/// <summary>A result table printed as Markdown, so a run's output can be pasted into docs/benchmarks.md as it is.</summary>
public sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public MarkdownTable Add(params object[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"a row needs {headers.Length} cells, not {cells.Length}", nameof(cells));
        }

        _rows.Add([.. cells.Select(Format)]);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        void Line(IReadOnlyList<string> cells, bool rightAlignNumbers) => text.Append("| ")
            .AppendJoin(" | ", cells.Select((c, i) => rightAlignNumbers && LooksNumeric(c) ? c.PadLeft(widths[i]) : c.PadRight(widths[i])))
            .AppendLine(" |");

        Line(headers, rightAlignNumbers: false);
        text.Append('|').AppendJoin('|', widths.Select(w => new string('-', w + 2))).AppendLine("|");
        foreach (var row in _rows)
        {
            Line(row, rightAlignNumbers: true);
        }

        return text.ToString();
    }

    private static string Format(object cell) => cell switch
    {
        double d => d.ToString(d >= 100 ? "#,0" : d >= 10 ? "0.0" : "0.00", System.Globalization.CultureInfo.InvariantCulture),
        int or long => string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0:#,0}", cell),
        _ => cell.ToString() ?? "",
    };

    private static bool LooksNumeric(string cell) => cell.Length > 0 && (char.IsDigit(cell[0]) || cell[0] == '-') && cell.All(c => char.IsDigit(c) || c is ',' or '.' or '-' or ' ');
}
