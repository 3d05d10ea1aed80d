using Enlace.Core.Adjudications;
using Enlace.Core.Briefing;
using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Grading;
using Enlace.Core.Identity;
using Enlace.Core.Markings;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;

namespace Enlace.Core.Tests.Briefing;

/// <summary>The entities a brief lists: one line per identity, not per merged member.</summary>
public sealed class BriefEntitiesTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Tenant = Guid.CreateVersion7();

    private readonly Dictionary<Guid, Entity> _entities = [];
    private readonly List<Statement> _statements = [];
    private readonly Guid _event = Guid.CreateVersion7();

    [Fact]
    public void A_merged_identity_is_listed_once_under_its_most_mentioned_name_with_the_others_as_aliases()
    {
        var acronym = Entity(EntityKind.Organization, "PFV");
        var spanish = Entity(EntityKind.Organization, "Policía Federal de Valdoria");
        var english = Entity(EntityKind.Organization, "Valdorian Federal Police");
        var gang = Entity(EntityKind.Organization, "Los Halcones Grises");
        var town = Entity(EntityKind.Location, "Puerto Arena");
        Mention("participant", acronym, times: 3);
        Mention("participant", spanish, times: 1);
        Mention("participant", gang, times: 2);
        Mention("place", town, times: 1);
        var identities = new IdentityGraph(
        [
            Judgement(acronym, spanish, Verdict.Same, Now),
            Judgement(spanish, english, Verdict.Same, Now.AddMinutes(1)),
        ]);

        var brief = Build(identities);

        var organisations = brief.Entities["organization"];
        Assert.Equal(2, organisations.Count);
        var police = Assert.Single(organisations, e => e.Name == "PFV");
        Assert.Equal(["Policía Federal de Valdoria", "Valdorian Federal Police"], police.Aliases);
        Assert.Empty(Assert.Single(organisations, e => e.Name == "Los Halcones Grises").Aliases);
        Assert.Equal("Puerto Arena", Assert.Single(brief.Entities["location"]).Name);
        var markdown = BriefMarkdown.Render(brief);
        Assert.Contains("PFV (also: Policía Federal de Valdoria, Valdorian Federal Police)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("- organization: Los Halcones Grises, PFV, Policía", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_split_apart_again_are_listed_each_on_its_own()
    {
        var acronym = Entity(EntityKind.Organization, "PFV");
        var spanish = Entity(EntityKind.Organization, "Policía Federal de Valdoria");
        Mention("participant", acronym, times: 1);
        Mention("participant", spanish, times: 1);
        var identities = new IdentityGraph(
        [
            Judgement(acronym, spanish, Verdict.Same, Now),
            Judgement(spanish, acronym, Verdict.NotSame, Now.AddMinutes(5)),
        ]);

        var merged = Build(new IdentityGraph([Judgement(acronym, spanish, Verdict.Same, Now)]));
        var split = Build(identities);
        var alone = Build(null);

        Assert.Single(merged.Entities["organization"]);
        Assert.Equal(["PFV", "Policía Federal de Valdoria"], split.Entities["organization"].Select(e => e.Name));
        Assert.All(split.Entities["organization"], e => Assert.Empty(e.Aliases));
        Assert.Equal(split.Entities["organization"].Select(e => e.ToString()), alone.Entities["organization"].Select(e => e.ToString()));
    }

    [Fact]
    public void A_member_the_reader_may_not_see_gives_no_alias()
    {
        var acronym = Entity(EntityKind.Organization, "PFV");
        var hidden = Guid.CreateVersion7();
        Mention("participant", acronym, times: 1);

        var brief = Build(new IdentityGraph([Judgement(acronym, hidden, Verdict.Same, Now)]));

        var police = Assert.Single(brief.Entities["organization"]);
        Assert.Equal("PFV", police.Name);
        Assert.Empty(police.Aliases);
    }

    private Brief Build(IdentityGraph? identities)
    {
        var view = new EventView(_event, "2025-02-20 · Puerto Arena", [_event], [], []);
        return new BriefBuilder(new Dictionary<Guid, Document>(), _entities, Array.Empty<Adjudication>(), identities).ForEvent(view, _statements, Now);
    }

    private Guid Entity(EntityKind kind, string name)
    {
        var entity = new Entity(Guid.CreateVersion7(), Tenant, kind, name, Now);
        _entities[entity.Id] = entity;
        return entity.Id;
    }

    private void Mention(string property, Guid entity, int times)
    {
        for (var i = 0; i < times; i++)
        {
            _statements.Add(Statement.Create(Tenant, _event, property, new EntityValue(entity), Provenance.Analyst("ana.rivas"),
                InformationCredibility.ProbablyTrue, Marking.Default, Now));
        }
    }

    private static IdentityJudgement Judgement(Guid a, Guid b, Verdict verdict, DateTimeOffset at) =>
        new(Guid.CreateVersion7(at), Tenant, a, b, verdict, 1, "ana.rivas", "checked the registry", at);
}
