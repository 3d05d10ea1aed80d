using System.Text;
using Bogus;

namespace Enlace.Benchmarks.Corpus;

/// <summary>
/// Synthetic reports of about 2 KB, even indexes in Spanish and odd in English. Report <c>n</c> depends only on the seed and
/// <c>n</c>, so the first thousand reports of a 100,000-report corpus are the same as a 1,000-report corpus.
/// </summary>
public sealed class ReportGenerator(int seed = ReportGenerator.DefaultSeed)
{
    public const int DefaultSeed = 20_250_611;

    // Spanish-speaking names for detainees and officers in both languages, as in the region's English-language press.
    private readonly Faker _faker = new("es_MX");

    public GeneratedReport Generate(int index)
    {
        _faker.Random = new Randomizer(unchecked((seed * 1_000_003) + index));
        var incident = IncidentFaker.Create(_faker);
        var spanish = index % 2 == 0;
        var targetLength = _faker.Random.Int(1_750, 2_250);
        var text = spanish
            ? SpanishReportWriter.Write(incident, _faker.Random, targetLength)
            : EnglishReportWriter.Write(incident, _faker.Random, targetLength);
        var language = spanish ? "es" : "en";
        return new GeneratedReport($"{language}-{index:D6}.txt", language, text.Normalize(NormalizationForm.FormC), incident.Date,
            [.. incident.Detainees.Select(d => d.FullName)]);
    }

    public IEnumerable<GeneratedReport> Generate(int first, int count)
    {
        for (var index = first; index < first + count; index++)
        {
            yield return Generate(index);
        }
    }
}
