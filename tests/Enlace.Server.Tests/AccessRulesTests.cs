using Enlace.Core.Access;
using Enlace.Core.Markings;

namespace Enlace.Server.Tests;

/// <summary>The role table of docs/decisions/0004-access-rules.md.</summary>
public sealed class AccessRulesTests
{
    private static readonly Guid Tenant = Guid.CreateVersion7();

    [Theory]
    [InlineData(Role.Viewer, Tlp.Green, false)]
    [InlineData(Role.Administrator, Tlp.Green, false)]
    [InlineData(Role.LiaisonOfficer, Tlp.Amber, false)]
    [InlineData(Role.VictimServices, Tlp.Amber, true)]
    [InlineData(Role.Commander, Tlp.AmberStrict, false)]
    [InlineData(Role.Analyst, Tlp.AmberStrict, true)]
    public void Each_role_reads_up_to_its_clearance_and_only_some_need_to_know_victims(Role role, Tlp clearance, bool needToKnow)
    {
        var scope = AccessRules.Scope(Tenant, "north", Guid.CreateVersion7(), "someone", [role], clearedForRed: false);

        Assert.Equal(clearance, scope.Clearance);
        Assert.Equal(needToKnow, scope.VictimNeedToKnow);
        Assert.True(scope.MayRead(new Marking(clearance, HandlingCode.H0)));
        Assert.False(scope.MayRead(new Marking(clearance + 1, HandlingCode.H0)));
    }

    [Theory]
    [InlineData(Role.Analyst, true)]
    [InlineData(Role.Administrator, true)]
    [InlineData(Role.Viewer, false)]
    [InlineData(Role.LiaisonOfficer, false)]
    [InlineData(Role.VictimServices, false)]
    [InlineData(Role.Commander, false)]
    public void Analysts_and_administrators_judge_identities_and_every_role_reads_them(Role role, bool judges)
    {
        var scope = AccessRules.Scope(Tenant, "north", Guid.CreateVersion7(), "someone", [role], clearedForRed: false);

        Assert.Equal(judges, scope.Can(Permission.JudgeIdentities));
        Assert.True(scope.Can(Permission.Read));
    }

    [Fact]
    public void Red_needs_both_a_personal_clearance_and_a_role_that_may_hold_it()
    {
        Assert.Equal(Tlp.Red, AccessRules.Scope(Tenant, "n", Guid.Empty, "a", [Role.Analyst], clearedForRed: true).Clearance);
        Assert.Equal(Tlp.Red, AccessRules.Scope(Tenant, "n", Guid.Empty, "c", [Role.Commander], clearedForRed: true).Clearance);
        Assert.Equal(Tlp.Amber, AccessRules.Scope(Tenant, "n", Guid.Empty, "l", [Role.LiaisonOfficer], clearedForRed: true).Clearance);
        Assert.Equal(Tlp.AmberStrict, AccessRules.Scope(Tenant, "n", Guid.Empty, "a", [Role.Analyst], clearedForRed: false).Clearance);
    }

    [Fact]
    public void A_user_without_roles_reads_nothing_and_may_do_nothing()
    {
        var scope = AccessRules.Scope(Tenant, "n", Guid.Empty, "nobody", [], clearedForRed: true);

        Assert.Null(scope.Clearance);
        Assert.False(scope.MayRead(new Marking(Tlp.Clear, HandlingCode.H0)));
        Assert.Throws<AccessDeniedException>(() => scope.Demand(Permission.Read));
    }

    [Theory]
    [InlineData("víctima", true)]
    [InlineData("menor de edad rescatada", true)]
    [InlineData("Rescued woman", true)]
    [InlineData("jefe de la célula", false)]
    [InlineData("fiscal", false)]
    public void Roles_naming_victims_minors_or_witnesses_protect_their_holder(string role, bool protects) =>
        Assert.Equal(protects, VictimIdentity.IsProtectingRole(role));

    [Fact]
    public void Redaction_keeps_every_offset_and_blots_highlighted_names_too()
    {
        const string snippet = "la joven ⟦Ana⟧ Ruiz declaró";

        var blotted = VictimIdentity.Redact(snippet, ["Ana Ruiz"]);

        Assert.Equal(snippet.Length, blotted.Length);
        Assert.Equal("la joven ⟦███⟧█████ declaró", blotted);
    }
}
