using Enlace.Core.Identity;
using static Enlace.Core.Tests.Identity.Mentions;

namespace Enlace.Core.Tests.Identity;

public sealed class OrganisationMatchingTests
{
    private static readonly KnownNamesTable Gazetteer = KnownNamesTable.FromTsv(
        "pe-police\tPolicía Nacional del Perú\npe-police\tPeruvian National Police\n" +
        "co-police\tPolicía Nacional de Colombia\nco-police\tColombian National Police\n");

    [Theory]
    [InlineData("HIS Lima", "HSI Lima")]
    [InlineData("HIS Lima", "Homeland Security Investigations (HSI) unit in Lima")]
    [InlineData("HSI Lima", "Homeland Security Investigations (HSI) unit in Lima")]
    [InlineData("Embassy of US in Peru", "U.S. Embassy in Peru")]
    [InlineData("Embassy of US in Peru", "Embassy of the United States in Peru")]
    [InlineData("U.S. Embassy in Peru", "Embassy of the United States in Peru")]
    [InlineData("Peruvian National Police (PNP)", "PNP")]
    public void The_seed_reports_names_for_one_body_are_proposed_as_the_same(string a, string b)
    {
        Assert.True(Score(Org(a), Org(b)).Score >= ResolutionBands.SameAt, Score(Org(a), Org(b)).ToString());
    }

    [Fact]
    public void Peruvian_police_matches_the_national_police_through_the_alias_the_extractor_recorded()
    {
        var police = Org("Peruvian National Police", "PNP", "Peruvian police");

        var match = Score(Org("Peruvian police"), police);

        Assert.True(match.Score >= ResolutionBands.SameAt);
        Assert.Equal("'Peruvian police' is a recorded alias of 'Peruvian National Police'", match.Reason);
    }

    [Fact]
    public void Without_the_alias_peruvian_police_is_only_a_short_form_for_review()
    {
        var match = Score(Org("Peruvian police"), Org("Peruvian National Police"));

        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(match.Score));
    }

    [Theory]
    [InlineData("HSI", "Homeland Security Investigations")]
    [InlineData("PNP", "Policía Nacional del Perú")]
    [InlineData("DCTP", "Dirección contra la Trata de Personas")]
    [InlineData("PDI", "Policía de Investigaciones de Chile")]
    [InlineData("DHS", "U.S. Department of Homeland Security")]
    public void An_acronym_matches_its_expansion(string acronym, string name)
    {
        var match = Score(Org(acronym), Org(name));

        Assert.True(match.Score >= ResolutionBands.SameAt);
        Assert.Equal(MatchRule.AcronymOf, match.Rule);
        Assert.Contains("is the acronym of", match.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transposed_acronym_with_the_same_city_is_the_same_office()
    {
        var match = Score(Org("HIS Lima"), Org("HSI Lima"));

        Assert.Equal("one transposed letter in an acronym ('HIS' for 'HSI'), both in Lima", match.Reason);
    }

    [Fact]
    public void A_transposed_acronym_alone_is_unsure_at_most()
    {
        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(Score(Org("HIS"), Org("HSI")).Score));
    }

    [Fact]
    public void A_mistyped_acronym_counts_when_the_correct_one_is_recorded_as_an_alias()
    {
        var match = Score(Org("HIS", "HSI"), Org("HSI"));

        Assert.True(match.Score >= ResolutionBands.SameAt);
    }

    [Fact]
    public void Offices_of_one_agency_in_different_cities_are_not_the_same_office()
    {
        var match = Score(Org("HSI Lima"), Org("HSI Bogotá"));

        Assert.True(match.Score < ResolutionBands.UnsureAt);
        Assert.Equal("not the same office: different places (Lima / Bogota)", match.Reason);
    }

    [Fact]
    public void An_agency_and_one_of_its_offices_go_to_review()
    {
        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(Score(Org("HSI"), Org("HSI Lima")).Score));
    }

    [Theory]
    [InlineData("Policía Nacional del Perú", "Policía Nacional de Colombia")]
    [InlineData("Policía Nacional del Perú", "Policía Nacional del Ecuador")]
    [InlineData("Policía Nacional de Colombia", "Policía Nacional de España")]
    [InlineData("Peruvian National Police", "Spanish National Police")]
    [InlineData("National Police of Colombia", "National Police of Ecuador")]
    [InlineData("Ministry of the Interior of Chile", "Peru's Ministry of the Interior")]
    public void A_differing_national_qualifier_means_different_bodies(string a, string b)
    {
        var match = Score(Org(a), Org(b));

        Assert.True(match.Score < ResolutionBands.UnsureAt);
        Assert.Equal(MatchRule.DifferentCountries, match.Rule);
    }

    [Fact]
    public void Two_bare_policia_nacional_are_never_merged_without_a_country()
    {
        var match = Score(Org("Policía Nacional"), Org("Policía Nacional"));

        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(match.Score));
        Assert.Equal(MatchRule.GenericName, match.Rule);
    }

    [Fact]
    public void A_generic_alias_does_not_tie_a_bare_name_to_one_country()
    {
        var peru = Org("Policía Nacional del Perú", "Policía Nacional", "PNP", "la Policía");

        Assert.True(Score(Org("Policía Nacional"), peru).Score < ResolutionBands.SameAt);
    }

    [Fact]
    public void The_spanish_and_english_names_of_one_institution_match_through_known_names()
    {
        var match = Score(Org("Policía Nacional del Perú"), Org("Peruvian National Police"), Gazetteer);

        Assert.True(match.Score >= ResolutionBands.SameAt);
        Assert.Equal("Spanish and English names of one institution (pe-police)", match.Reason);
    }

    [Fact]
    public void Known_names_keep_two_institutions_apart()
    {
        Assert.Equal(MatchRule.KnownAsDifferent, Score(Org("Peruvian National Police"), Org("Colombian National Police"), Gazetteer).Rule);
    }

    [Fact]
    public void Without_known_names_translations_sharing_acronym_and_country_go_to_review()
    {
        var match = Score(Org("Policía Nacional del Perú"), Org("Peruvian National Police"));

        Assert.Equal(MatchRule.TranslatedAcronym, match.Rule);
        Assert.Equal(Verdict.Unsure, ResolutionBands.Suggest(match.Score));
    }

    [Theory]
    [InlineData("Investigaciones de Seguridad Nacional (HSI)", "Departamento de Seguridad Nacional (DHS)")]
    [InlineData("El Tren del Norte", "El Tren del Llano")]
    [InlineData("Tren de Aragua", "El Tren del Norte")]
    [InlineData("Los Gallegos", "Los Hijos de Dios")]
    public void Similar_names_of_different_bodies_are_not_proposed(string a, string b)
    {
        Assert.Null(ResolutionBands.Suggest(Score(Org(a), Org(b)).Score));
    }

    [Theory]
    [InlineData("Los Gallegos", "LOS GALLEGOS", "same name apart from case")]
    [InlineData("Dirección contra la Trata de Personas", "Direccion contra la Trata de Personas", "same name apart from accents")]
    [InlineData("Tren de Aragua", "Tren de Aragau", "same name apart from one typo ('Aragua' / 'Aragau')")]
    [InlineData("Public Ministry of Peru", "Peru's Public Ministry", "same words in another order")]
    [InlineData("Embajada de los Estados Unidos en Colombia", "Embajada de los Estados Unidos en Bogotá", "same name, and Bogota is in Colombia")]
    public void Spelling_differences_are_named_in_the_reason(string a, string b, string reason)
    {
        var match = Score(Org(a), Org(b));

        Assert.True(match.Score >= ResolutionBands.SameAt);
        Assert.Equal(reason, match.Reason);
    }

    [Fact]
    public void Two_long_names_stating_the_same_acronym_and_city_match()
    {
        var match = Score(
            Org("Fiscalía Provincial Especializada contra la Criminalidad Organizada (Fecor) de Lima"),
            Org("Fiscalía Especializada contra la Criminalidad Organizada (Fecor) de Lima"));

        Assert.Equal("both give the acronym 'FECOR', both in Lima", match.Reason);
    }

    [Fact]
    public void An_english_acronym_recorded_on_a_spanish_name_matches_the_english_expansion()
    {
        var match = Score(Org("Servicio de Inmigración y Control de Aduanas", "ICE"), Org("Immigration and Customs Enforcement"));

        Assert.Equal(MatchRule.AliasIsAcronym, match.Rule);
        Assert.True(match.Score >= ResolutionBands.SameAt);
    }

    [Fact]
    public void A_shared_distinctive_alias_matches_but_a_shared_generic_one_does_not()
    {
        Assert.True(Score(Org("Investigaciones de Seguridad Nacional", "HSI"), Org("Homeland Security Investigations", "HSI")).Score >= ResolutionBands.SameAt);
        Assert.Null(ResolutionBands.Suggest(Score(Org("Fiscalía General del Estado", "la Fiscalía"), Org("Fiscalía de Chile", "la Fiscalía")).Score));
    }

    [Fact]
    public void A_short_form_that_is_also_an_acronym_is_expanded_only_with_its_dot()
    {
        Assert.Equal(MatchRule.AcronymTypoSamePlace, Score(Org("NAC Iquique"), Org("oficina de NCA en Iquique")).Rule);
        Assert.Equal("policia nacional", NameForms.Normalize("Policía Nac."));
    }

    [Fact]
    public void A_misspelt_country_still_tells_two_countries_apart()
    {
        Assert.Equal(MatchRule.DifferentCountries, Score(Org("Fiscalía General de Perú", "FGP"), Org("Fiscalía General de Panmaá")).Rule);
        Assert.True(Score(Org("Policía Nacional de Méuico"), Org("Policía Nacional de México")).Score >= ResolutionBands.SameAt);
    }

    [Fact]
    public void Two_full_names_whose_stated_acronyms_differ_by_a_letter_are_not_a_typo()
    {
        var match = Score(
            Org("Brigada contra Lavado de Activos de Lima (BCLAL)"),
            Org("Comando contra Lavado de Activos de Lima (CCLAL)"));

        Assert.Null(ResolutionBands.Suggest(match.Score));
    }

    [Fact]
    public void A_gazetteer_name_is_found_with_its_acronym_in_parentheses()
    {
        var gazetteer = KnownNamesTable.FromTsv("pe-navy\tArmada de Perú\npe-navy\tPeruvian Navy\n");

        Assert.Equal(MatchRule.KnownInstitutionAcrossLanguages, Score(Org("Peruvian Navy"), Org("Armada de Perú (ADP)"), gazetteer).Rule);
    }

    [Fact]
    public void A_company_legal_form_does_not_tell_companies_apart()
    {
        Assert.Equal(1, Score(Org("Transportes Rivas S.A.C."), Org("Transportes Rivas")).Score);
    }
}
