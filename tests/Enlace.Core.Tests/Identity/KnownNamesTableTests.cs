using Enlace.Core.Identity;

namespace Enlace.Core.Tests.Identity;

public sealed class KnownNamesTableTests
{
    [Fact]
    public void Names_are_looked_up_in_their_normal_form()
    {
        var table = KnownNamesTable.FromTsv("# comment\n\npe-police\tPolicía Nacional del Perú\r\npe-police\tPeruvian National Police\n");

        Assert.Equal("pe-police", table.CanonicalKey("POLICIA NACIONAL DEL PERU"));
        Assert.Equal("pe-police", table.CanonicalKey("the Peruvian National Police"));
        Assert.Null(table.CanonicalKey("Policía Nacional"));
    }

    [Fact]
    public void A_name_listed_under_two_keys_is_ambiguous_and_has_none()
    {
        var table = KnownNamesTable.FromTsv("pe-mp\tMinisterio Público\nve-mp\tMinisterio Público\n");

        Assert.Null(table.CanonicalKey("Ministerio Público"));
    }

    [Fact]
    public void A_line_without_a_tab_is_refused()
    {
        Assert.Throws<FormatException>(() => KnownNamesTable.FromTsv("pe-police Policía Nacional del Perú"));
    }

    [Fact]
    public void No_known_names_knows_nothing()
    {
        Assert.Null(NoKnownNames.Instance.CanonicalKey("Peru"));
    }
}
