using System.Globalization;
using System.Text.Json;
using Enlace.Documents;

namespace Enlace.Benchmarks.Peers;

/// <summary>
/// Reads a corpus's analyst gold (<c>expected.json</c>, the shape <c>enlace eval</c> reads) as a labelled set: its dates,
/// and its figures as numbers. Each text is the report as <see cref="DocumentReader"/> decodes it, the same text every
/// tool is given. A report without a publication date is left out, since the peers need a reference date. The gold gives
/// weights in kilograms ("350 grams" is 0.35); the number as written is read from the quote with Enlace's NumberReader so
/// that a tool that does not convert units is not marked wrong for it.
/// </summary>
public static class CorpusGoldReader
{
    public static LabelledSet Read(string expectedJson, string name)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(expectedJson)) ?? ".";
        using var json = JsonDocument.Parse(File.ReadAllText(expectedJson));
        var reader = new DocumentReader();
        var texts = new List<LabelledText>();
        var (skipped, unplaced) = (0, 0);
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = document.GetProperty("file").GetString() ?? throw new InvalidDataException($"{expectedJson}: a document without \"file\"");
            if (!document.TryGetProperty("published", out var stated) || stated.ValueKind != JsonValueKind.String || stated.GetString() is not { } published)
            {
                skipped++;
                continue;
            }

            var language = document.TryGetProperty("language", out var l) && l.ValueKind == JsonValueKind.String && l.GetString() is { } code ? code : Path.GetFileName(file)[..2];
            if (language is not ("es" or "en"))
            {
                throw new InvalidDataException($"{expectedJson}: {file}: language must be es or en, not '{language}'");
            }

            var text = reader.ReadFile(Path.Combine(folder, file)).Text;
            var locator = new SpanLocator(text);
            var dates = new List<GoldDate>();
            foreach (var date in Items(document, "dates"))
            {
                if (locator.Locate(date.GetProperty("text").GetString() ?? "") is { } span && GoldValues.Interval(date.GetProperty("resolved").GetString() ?? "") is var (from, to))
                {
                    dates.Add(new GoldDate(span, from, to));
                }
                else
                {
                    unplaced++;
                }
            }

            var numbers = new List<GoldNumber>();
            foreach (var figure in Items(document, "quantities"))
            {
                var quoted = figure.GetProperty("text").GetString() ?? "";
                var qualifier = GoldValues.Qualifier(figure.TryGetProperty("qualifier", out var q) ? q.GetString() : null);
                if (locator.Locate(quoted) is { } span && qualifier is { } known)
                {
                    var value = figure.GetProperty("value").GetDecimal();
                    numbers.Add(new GoldNumber(span, value, known, GoldValues.IsWords(quoted), EnlaceRunner.AsWritten(quoted, value, language)));
                }
                else
                {
                    unplaced++;
                }
            }

            var reference = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            texts.Add(new LabelledText(Path.GetFileNameWithoutExtension(file), language, reference, text, dates, numbers));
        }

        var note = $"gold lists the figures a report is about, not every number: numbers scored on recall only"
            + (skipped > 0 ? $"; {skipped} report(s) without a publication date left out" : "")
            + (unplaced > 0 ? $"; {unplaced} gold item(s) not found verbatim in the decoded text left out" : "");
        return new LabelledSet(name, texts, NumbersExhaustive: false, note);
    }

    private static IEnumerable<JsonElement> Items(JsonElement document, string name) =>
        document.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : [];
}
