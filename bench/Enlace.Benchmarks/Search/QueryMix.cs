using System.Globalization;
using System.Text;
using Enlace.Benchmarks.Corpus;

namespace Enlace.Benchmarks.Search;

/// <summary>
/// A fixed, seeded mix of queries in equal shares per <see cref="QueryClass"/>, Spanish and English, drawn from the same
/// vocabulary the <see cref="ReportGenerator"/> writes with, so every class finds what its name promises.
/// </summary>
public static class QueryMix
{
    private static readonly string[] CommonSpanish = ["detenidos", "banda", "operativo", "agentes", "vecinos", "delitos", "droga", "fiscalía"];
    private static readonly string[] CommonEnglish = ["police", "arrested", "gang", "officers", "suspects", "operation", "seized", "prosecutors"];
    private static readonly string[] PairSpanish = ["allanamiento", "microtráfico", "rescataron", "cartuchos", "prostitución", "vacunas", "detenidos", "cocaína"];
    private static readonly string[] PairEnglish = ["raid", "extortion", "rescued", "ammunition", "trafficking", "cocaine", "arrested", "wiretaps"];

    private static readonly string[] PhrasesSpanish =
        ["Tren de Aragua", "Los Gallegos", "Clan del Golfo", "orden de captura", "prisión preventiva", "trata de personas", "extinción de dominio"];

    private static readonly string[] PhrasesEnglish =
        ["Tren de Aragua", "Los Gallegos", "human trafficking", "pre-trial detention", "turf war", "civil forfeiture", "death threats"];

    private static readonly string[] AccentedSpanish = ["policía", "extorsión", "cocaína", "investigación", "prisión", "víctimas", "Bogotá", "Medellín"];
    private static readonly string[] AccentedNames = ["Antímano", "Siloé", "Cúcuta", "Tláhuac", "Maipú", "Chigüire", "Estación Central", "Rivera Hernández"];

    // Single-word districts and the invented gangs' distinctive words: each in well under one report in a hundred.
    private static readonly string[] RareNames =
    [
        .. Gazetteer.RareAliases.Where(a => RemoveAccents(a) == a).Take(20),
        "Chamelecón", "Tiwintza", "Chucuito", "Carapungo", "Chinchorro", "Marroquín", "Zamuros", "Chirajo", "Gatilleros", "Injertos",
    ];

    private static readonly string[] OneWordCities = [.. Gazetteer.Cities.Select(c => c.Name).Where(n => !n.Contains(' ', StringComparison.Ordinal))];

    public static IReadOnlyList<BenchQuery> Create(int seed, int count, int corpusSize, ReportGenerator generator)
    {
        var random = new Random(seed);
        var classes = Enum.GetValues<QueryClass>();
        var queries = new List<BenchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var spanish = random.Next(2) == 0;
            var language = spanish ? "es" : "en";
            queries.Add(classes[i % classes.Length] switch
            {
                QueryClass.CommonWord => new(QueryClass.CommonWord, language, Pick(random, spanish ? CommonSpanish : CommonEnglish)),
                QueryClass.RareWord => new(QueryClass.RareWord, "any", Pick(random, RareNames)),
                QueryClass.TwoWords => new(QueryClass.TwoWords, language,
                    $"{Pick(random, spanish ? PairSpanish : PairEnglish)} {Pick(random, OneWordCities)}"),
                QueryClass.Phrase => random.Next(3) == 0
                    ? new(QueryClass.Phrase, "any", $"\"{Pick(random, generator.Generate(random.Next(corpusSize)).Names)}\"")
                    : new(QueryClass.Phrase, language, $"\"{Pick(random, spanish ? PhrasesSpanish : PhrasesEnglish)}\""),
                QueryClass.Accented => new(QueryClass.Accented, spanish ? "es" : "any", Pick(random, spanish ? AccentedSpanish : AccentedNames)),
                _ => new(QueryClass.Unaccented, spanish ? "es" : "any", RemoveAccents(Pick(random, spanish ? AccentedSpanish : AccentedNames))),
            });
        }

        // Interleave the classes in a seeded order, as a real query log would.
        return [.. queries.OrderBy(_ => random.Next())];
    }

    public static string Label(QueryClass queryClass) => queryClass switch
    {
        QueryClass.CommonWord => "common word",
        QueryClass.RareWord => "rare word",
        QueryClass.TwoWords => "two words",
        QueryClass.Phrase => "phrase",
        QueryClass.Accented => "accented",
        _ => "unaccented",
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return string.Concat(kept).Normalize(NormalizationForm.FormC);
    }
}
