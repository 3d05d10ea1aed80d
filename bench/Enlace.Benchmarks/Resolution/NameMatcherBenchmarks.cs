using BenchmarkDotNet.Attributes;
using Enlace.Core.Entities;
using Enlace.Core.Identity;

namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// The cost of scoring one prepared pair, the resolver's inner loop, for a match and for the commoner non-match; and of
/// preparing a mention. Run with <c>dotnet run -c Release --project bench/Enlace.Benchmarks -- --filter *NameMatcher*</c>.
/// </summary>
// Not sealed: BenchmarkDotNet derives from benchmark classes.
[MemoryDiagnoser]
public class NameMatcherBenchmarks
{
    private static readonly Guid Tenant = Guid.CreateVersion7();
    private readonly NameMatcher _matcher = new();
    private readonly MentionRecord _person = new(Guid.CreateVersion7(), Tenant, EntityKind.Person, "José Manuel Rivas Oquendo", ["El Gato"]);
    private PreparedMention _jose = null!;
    private PreparedMention _joseTypo = null!;
    private PreparedMention _other = null!;
    private PreparedMention _hisLima = null!;
    private PreparedMention _hsiUnit = null!;

    [GlobalSetup]
    public void Setup()
    {
        _jose = _matcher.Prepare(_person);
        _joseTypo = _matcher.Prepare(_person with { Id = Guid.CreateVersion7(), Name = "RIVAS OQEUNDO, José M." });
        _other = _matcher.Prepare(_person with { Id = Guid.CreateVersion7(), Name = "Juan Carlos Rivas Ortega", Aliases = [] });
        _hisLima = _matcher.Prepare(new MentionRecord(Guid.CreateVersion7(), Tenant, EntityKind.Organization, "HIS Lima", []));
        _hsiUnit = _matcher.Prepare(new MentionRecord(Guid.CreateVersion7(), Tenant, EntityKind.Organization, "Homeland Security Investigations (HSI) unit in Lima", []));
    }

    [Benchmark(Baseline = true)]
    public double PersonNonMatch() => _matcher.Score(_jose, _other).Score;

    [Benchmark]
    public double PersonTypoInitialAndOrder() => _matcher.Score(_jose, _joseTypo).Score;

    [Benchmark]
    public double OrganisationAcronymTypo() => _matcher.Score(_hisLima, _hsiUnit).Score;

    [Benchmark]
    public PreparedMention PrepareOrganisation() => _matcher.Prepare(_hsiUnit.Record);
}
