using System.Globalization;
using System.Text.Json;

namespace Enlace.Benchmarks.Peers;

/// <summary>
/// Reads the labelled sample: JSON Lines of <c>{"id", "language", "reference", "text", "dates": [{"text", "resolved"}],
/// "numbers": [{"text", "value", "qualifier"}]}</c>, every quoted expression a whole-word substring of the text. Any
/// fault names its line, so a labelling slip stops the run instead of skewing the score.
/// </summary>
public static class SampleReader
{
    public static LabelledSet Read(string path, string name)
    {
        var texts = new List<LabelledText>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                var text = Parse(line);
                if (!ids.Add(text.Id))
                {
                    throw new InvalidDataException($"the id '{text.Id}' is used twice");
                }

                texts.Add(text);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}:{number}: {e.Message}", e);
            }
        }

        return texts.Count == 0
            ? throw new InvalidDataException($"{path}: no labelled texts")
            : new LabelledSet(name, texts, NumbersExhaustive: true, "every date and every number is labelled");
    }

    private static LabelledText Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var id = root.GetProperty("id").GetString() ?? throw new InvalidDataException("\"id\" is null");
        var language = root.GetProperty("language").GetString();
        if (language is not ("es" or "en"))
        {
            throw new InvalidDataException($"{id}: language must be es or en, not '{language}'");
        }

        var reference = DateOnly.ParseExact(root.GetProperty("reference").GetString() ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = root.GetProperty("text").GetString() ?? throw new InvalidDataException($"{id}: \"text\" is null");
        var locator = new SpanLocator(text);
        var dates = new List<GoldDate>();
        foreach (var date in root.GetProperty("dates").EnumerateArray())
        {
            var quoted = date.GetProperty("text").GetString() ?? "";
            var resolved = date.GetProperty("resolved").GetString() ?? "";
            var span = locator.Locate(quoted, mayReuse: false) ?? throw new InvalidDataException($"{id}: the date '{quoted}' is not a whole-word part of the text (or is labelled more often than it occurs)");
            var (from, to) = GoldValues.Interval(resolved) ?? throw new InvalidDataException($"{id}: '{resolved}' is not a resolved date");
            dates.Add(new GoldDate(span, from, to));
        }

        var numbers = new List<GoldNumber>();
        foreach (var figure in root.GetProperty("numbers").EnumerateArray())
        {
            var quoted = figure.GetProperty("text").GetString() ?? "";
            var span = locator.Locate(quoted, mayReuse: false) ?? throw new InvalidDataException($"{id}: the number '{quoted}' is not a whole-word part of the text (or is labelled more often than it occurs)");
            var qualifier = figure.TryGetProperty("qualifier", out var q) ? q.GetString() : null;
            numbers.Add(new GoldNumber(
                span,
                figure.GetProperty("value").GetDecimal(),
                GoldValues.Qualifier(qualifier) ?? throw new InvalidDataException($"{id}: unknown qualifier '{qualifier}'"),
                GoldValues.IsWords(quoted)));
        }

        return new LabelledText(id, language, reference, text, dates, numbers);
    }
}
