using Enlace.Core.Entities;
using Enlace.Core.Identity;
using static Enlace.Core.Tests.Identity.Mentions;

namespace Enlace.Core.Tests.Identity;

public sealed class BlockerTests
{
    private static readonly NameMatcher Matcher = new();

    private static IReadOnlyList<string> Keys(MentionRecord record) => Blocker.KeysOf(Matcher.Prepare(record));

    [Fact]
    public void A_person_is_keyed_by_surname_prefixes_a_given_initial_with_each_surname_and_sorted_initials()
    {
        var keys = Keys(Person("José Manuel Rivas Oquendo"));

        Assert.Contains("S:riv|oqu", keys);
        Assert.Contains("G:j|rivas", keys);
        Assert.Contains("G:j|oquendo", keys);
        Assert.Contains("I:jmor", keys);
        Assert.Contains("T:oquendo", keys);
    }

    [Fact]
    public void Names_with_one_word_more_or_one_word_different_share_a_word_key()
    {
        var full = Keys(Person("Rosa Elvira Huamán Quispe"));
        var shorter = Keys(Person("Rosa Huamán Quispe"));
        var typo = Keys(Person("Rosa Elvira Huamán Qusipe"));

        Assert.Contains(shorter, full.Contains);
        Assert.Contains(typo, full.Contains);
    }

    [Fact]
    public void A_typo_in_a_two_word_name_still_meets_through_the_other_word_and_an_affix()
    {
        var typo = Keys(Place("Playa Ecehvarría"));
        var right = Keys(Place("Playa Echevarría"));

        Assert.Contains(typo.Where(k => k.StartsWith("U:", StringComparison.Ordinal)), right.Contains);
    }

    [Fact]
    public void An_acronym_and_its_expansion_share_the_acronym_key()
    {
        Assert.Contains("C:hsi", Keys(Org("HSI")));
        Assert.Contains("C:hsi", Keys(Org("Homeland Security Investigations")));
    }

    [Fact]
    public void A_transposed_acronym_meets_the_right_one_in_the_same_city()
    {
        var typo = Keys(Org("HIS Lima"));
        var right = Keys(Org("HSI Lima"));

        Assert.Contains(typo.Where(k => k.StartsWith("D:", StringComparison.Ordinal)), right.Contains);
    }

    [Fact]
    public void Known_names_and_aliases_are_keys()
    {
        var gazetteer = KnownNamesTable.FromTsv("pe-police\tPeruvian National Police\n");
        var keys = Blocker.KeysOf(new NameMatcher(gazetteer).Prepare(Org("Peruvian National Police", "Peruvian police")));

        Assert.Contains("K:pe-police", keys);
        Assert.Contains("A:peruvian police", keys);
    }

    [Fact]
    public void A_block_larger_than_the_limit_is_skipped_and_counted()
    {
        // Sixty people share the surnames; only the blocks on the surname pair grow past the limit of 50.
        var mentions = Enumerable.Range(0, 60).Select(i => Person($"{GivenNames[i % GivenNames.Length]} {GivenNames[i / GivenNames.Length]}a Rivas Oquendo")).ToList();

        var resolution = new EntityResolver(new Blocker(maxBlockSize: 50)).Resolve(mentions, new IdentityGraph([]), NoKnownNames.Instance);

        Assert.True(resolution.Blocking.SkippedBlocks > 0);
        Assert.True(resolution.Blocking.KeysInSkippedBlocks > 50);
    }

    [Fact]
    public void The_block_limit_must_allow_a_pair()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Blocker(maxBlockSize: 1));
    }

    [Fact]
    public void Different_kinds_never_share_a_key()
    {
        var person = Keys(Of(EntityKind.Person, "Caracas"));
        var place = Keys(Of(EntityKind.Location, "Caracas"));

        // Readable keys look alike; the hashed keys the resolver uses are seeded with the tenant and kind.
        Assert.Contains("A:caracas", person);
        Assert.Contains("A:caracas", place);
        var resolution = new EntityResolver().Resolve([Of(EntityKind.Person, "Caracas"), Of(EntityKind.Location, "Caracas")], new IdentityGraph([]), NoKnownNames.Instance);
        Assert.Equal(0, resolution.Blocking.Blocks);
    }

    private static readonly string[] GivenNames = ["Ana", "Luis", "Rosa", "Juan", "Pedro", "Lucia", "Marta", "Jorge", "Elena", "Pablo"];
}
