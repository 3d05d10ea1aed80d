using Enlace.Core.Statements;

namespace Enlace.Extraction.Quantities;

/// <summary>The English words of quantity reading. Data only: the rules that use them are language-neutral.</summary>
internal static class EnglishVocabulary
{
    private static readonly MeasureCue Arrested = new(Measures.Arrested, CueStrength.Strong);
    private static readonly MeasureCue Targeted = new(Measures.Targeted, CueStrength.Strong);
    private static readonly MeasureCue Charged = new(Measures.Charged, CueStrength.Strong);
    private static readonly MeasureCue Sentenced = new(Measures.Sentenced, CueStrength.Strong);
    private static readonly MeasureCue InCustody = new(Measures.InCustody, CueStrength.Strong);
    private static readonly MeasureCue Rescued = new(Measures.Rescued, CueStrength.Strong);
    private static readonly MeasureCue Victims = new(Measures.Victims, CueStrength.Strong);
    private static readonly MeasureCue Deported = new(Measures.Deported, CueStrength.Strong);
    private static readonly MeasureCue Killed = new(Measures.Killed, CueStrength.Strong);
    private static readonly MeasureCue Other = new(Measures.Other, CueStrength.Strong);

    public static QuantityVocabulary Vocabulary { get; } = new(
        Qualifiers:
        [
            ("at least", Qualifier.AtLeast), ("no fewer than", Qualifier.AtLeast), ("no less than", Qualifier.AtLeast),
            ("not less than", Qualifier.AtLeast), ("a minimum of", Qualifier.AtLeast), ("minimum of", Qualifier.AtLeast),
            ("a mandatory minimum of", Qualifier.AtLeast), ("mandatory minimum of", Qualifier.AtLeast),
            ("more than", Qualifier.MoreThan), ("over", Qualifier.MoreThan), ("upwards of", Qualifier.MoreThan),
            ("in excess of", Qualifier.MoreThan), ("well over", Qualifier.MoreThan), ("just over", Qualifier.MoreThan),
            ("about", Qualifier.Approximately), ("around", Qualifier.Approximately), ("approximately", Qualifier.Approximately),
            ("approx", Qualifier.Approximately), ("approx .", Qualifier.Approximately), ("roughly", Qualifier.Approximately),
            ("some", Qualifier.Approximately), ("nearly", Qualifier.Approximately), ("almost", Qualifier.Approximately),
            ("close to", Qualifier.Approximately), ("an estimated", Qualifier.Approximately), ("estimated", Qualifier.Approximately),
            ("circa", Qualifier.Approximately), ("just under", Qualifier.Approximately), ("around some", Qualifier.Approximately),
            ("up to", Qualifier.UpTo), ("as many as", Qualifier.UpTo), ("as much as", Qualifier.UpTo),
            ("at most", Qualifier.AtMost), ("no more than", Qualifier.AtMost), ("not more than", Qualifier.AtMost),
            ("a maximum of", Qualifier.AtMost), ("maximum of", Qualifier.AtMost), ("fewer than", Qualifier.AtMost),
            ("less than", Qualifier.AtMost),
        ],
        PersonCues:
        [
            ("arrest*", Arrested), ("detain*", Arrested), ("detention", Arrested), ("captur*", Arrested),
            ("apprehend*", Arrested), ("nabbed", Arrested), ("rounded up", Arrested), ("taken into custody", Arrested),
            ("arrest warrant*", Targeted), ("warrant*", Targeted), ("proceed with the arrest", Targeted),
            ("orders against", Targeted), ("targets", Targeted), ("targeted", Targeted), ("targeting", Targeted),
            ("charged", Charged), ("charging", Charged), ("charges", new(Measures.Charged, CueStrength.Adjacent)), ("indicted", Charged), ("indicting", Charged), ("indictment", Charged),
            ("prosecuted", Charged), ("defendants", new(Measures.Charged, CueStrength.Weak)),
            ("sentenced", Sentenced), ("sentencing", Sentenced), ("convicted", Sentenced), ("found guilty", Sentenced),
            ("jailed", Sentenced), ("jails", Sentenced), ("received sentences", Sentenced), ("received prison sentences", Sentenced),
            ("in custody", InCustody), ("pretrial detention", InCustody), ("pre-trial detention", InCustody),
            ("preventive detention", InCustody), ("provisional imprisonment", InCustody), ("provisional detention", InCustody),
            ("pretrial custody", InCustody), ("preventive prison", InCustody), ("remanded", InCustody),
            ("behind bars", InCustody), ("serving sentences", InCustody), ("serving prison sentences", InCustody),
            ("rescu*", Rescued), ("found", Rescued), ("encountered", Rescued), ("found dead", Killed), ("freed", Rescued), ("freeing", Rescued), ("frees", Rescued), ("saved", Rescued), ("liberated", Rescued), ("safeguarded", Rescued), ("released from captivity", Rescued),
            ("victim*", new(Measures.Victims, CueStrength.Weak)), ("exploited", Victims), ("exploiting", Victims),
            ("recruited", Victims), ("recruit", Victims), ("recruits", Victims), ("recruiting", Victims), ("lured", Victims),
            ("trafficked", Victims), ("enslaved", Victims),
            ("extorted", Victims), ("extorting", Victims), ("extorts", Victims), ("squeezed", Victims), ("paid", new(Measures.Victims, CueStrength.Adjacent)), ("who paid", Victims), ("who pay", Victims),
            ("were paying", Victims), ("paying", new(Measures.Victims, CueStrength.Adjacent)), ("held", new(Measures.Victims, CueStrength.Adjacent)),
            ("deport*", Deported), ("expel*", Deported), ("expulsion*", Deported), ("repatriated", Deported),
            ("killed", Killed), ("dead", Killed), ("died", Killed), ("murdered", Killed), ("slain", Killed),
            ("released", Other), ("fugitive*", Other), ("at large", Other), ("on the run", Other), ("house arrest", Other),
            ("escaped", Other), ("acquitted", Other), ("pleaded guilty", Other), ("pled guilty", Other), ("await sentencing", Other),
            ("awaiting sentencing", Other), ("awaiting trial", Other),
        ],
        SeizureCues: ["seiz*", "confiscat*", "found", "recovered", "discovered", "impounded", "intercepted", "haul"],
        SentenceCues: ["sentenc*", "prison", "jail*", "imprisonment", "convicted", "behind bars", "terms"],
        HypotheticalCues: ["face", "faces", "facing", "could", "would", "if convicted", "may", "might", "risk*", "punishable", "maximum penalty"],
        Nouns: Nouns(),
        Units: Units(),
        CurrencyPrefixes:
        [
            ("$", "usd"), ("US $", "usd"), ("U . S . $", "usd"), ("USD", "usd"), ("€", "eur"), ("EUR", "eur"),
            ("S /", "pen"), ("S / .", "pen"), ("PEN", "pen"), ("Bs", "bob"), ("Bs .", "bob"), ("COP", "cop"),
            ("CLP", "clp"), ("MXN", "mxn"), ("ARS", "ars"), ("R $", "brl"), ("£", "gbp"), ("GBP", "gbp"),
        ],
        GapWords: "of the a an to for at on against with also yesterday today total another additional further (",
        LinkWords: "including incl . among them whom and or plus as well , ( ) – — - : ;",
        AnaphoraAfter: ["of them", "of whom", "of those", "of these", "of which"],
        AnaphoraBefore: ["of them ,", "of these ,", "of those ,", "of whom ,"],
        TotalBefore: ["in total ,", "of the total ,", "altogether ,", "overall ,"],
        PartitiveAfter: ["of the", "of its", "of their"],
        RemainderWords: "remaining other",
        Modifiers:
            "alleged suspected presumed reported purported young adult adolescent teenage underage minor female male " +
            "uniformed armed additional other more new foreign undocumented irregular local senior high-ranking special " +
            "plainclothes federal national municipal military handwritten forged unlicensed illegal stolen rented " +
            "separate different identified known trafficked exploited possible potential likely unaccompanied",
        PopulationModifiers: [("unaccompanied", "minors"), ("minor", "minors"), ("adolescent", "minors"), ("teenage", "minors"), ("underage", "minors"), ("female", "women")],
        FunctionWords:
            "the a an of in on at to for from with by and or but that which who whom as than were was are is be been " +
            "had have has will would could should may might also more most per each every this these those its their " +
            "his her our they them it he she we i you not no all some many several such into over under after before " +
            "during since until about around between among through while when where if so then there here both either " +
            "neither only just still yet already ago later earlier yesterday today tomorrow last next first",
        Copulas: "are were is was remain remained",
        NumberOf: ["number of", "total of", "figure for", "tally of", "count of"],
        ItemWords: ["cocaine base paste", "cocaine hydrochloride", "base paste", "crystal meth", "crack cocaine"],
        CashWords: ["in cash", "cash"],
        NationalityPhrase: [],
        ValueCues: ["worth", "valued at", "value of", "worth an estimated", "worth some", "worth about", "cost", "costs", "costing"],
        PostQualifiers: [("or more", Qualifier.AtLeast), ("or over", Qualifier.AtLeast), ("or so", Qualifier.Approximately),
            ("approximately", Qualifier.Approximately), ("or fewer", Qualifier.AtMost), ("or less", Qualifier.AtMost)]);

    private static List<(string, NounSense)> Nouns()
    {
        var nouns = new List<(string, NounSense)>();
        void Add(NounClass nounClass, string words, string? population = null, string? measure = null) =>
            nouns.AddRange(words.Split(' ').Select(w => (w.Replace('_', ' '), new NounSense(nounClass, population, measure))));

        Add(NounClass.Person, "people persons person individuals individual suspects suspect nationals citizens adults youths " +
            "migrants immigrants survivors associates collaborators traffickers smugglers leaders ringleaders relatives " +
            "passengers workers visitors public_officials civil_servants others non-citizens noncitizens aliens vendors " +
            "street_vendors stallholders merchants shopkeepers traders drivers bus_drivers taxi_drivers business_owners shop_owners");
        Add(NounClass.Person, "bodies corpses", measure: Measures.Killed);
        Add(NounClass.Person, "men man", "men");
        Add(NounClass.Person, "women woman", "women");
        Add(NounClass.Person, "girls girl", "girls");
        Add(NounClass.Person, "boys boy", "boys");
        Add(NounClass.Person, "children child", "minors");
        Add(NounClass.Person, "minors minor adolescents teenagers teens", "minors");
        Add(NounClass.Person, "foreigners foreign_nationals foreign_citizens", "foreigners");
        Add(NounClass.Person, "detainees", measure: Measures.Arrested);
        Add(NounClass.Person, "deportees", measure: Measures.Deported);
        Add(NounClass.Person, "rescuees", measure: Measures.Rescued);
        Add(NounClass.Person, "fugitives", measure: Measures.Other);
        Add(NounClass.Person, "defendants co-defendants codefendants");
        Add(NounClass.Victim, "victims victim");
        Add(NounClass.Member, "members member gang_members");
        Add(NounClass.Officer, "officers officer police_officers policemen police agents special_agents personnel troops " +
            "soldiers detectives guards marines law_enforcement_officers investigators");
        Add(NounClass.Location, "locations location properties property homes houses house sites addresses venues premises " +
            "buildings apartments flats searches raids nightclubs bars brothels warehouses hotels hostels farms residences " +
            "safe_houses camps places clubs house_searches home_searches");
        Add(NounClass.Item, "cell_phones cellphones mobile_phones phones mobile_devices devices revolvers pistols handguns guns " +
            "firearms weapons rifles assault_rifles shotguns grenades machetes knives cartridges rounds bullets vehicles cars " +
            "trucks motorcycles boats speedboats vessels laptops computers passports identity_cards ID_cards ledgers " +
            "notebooks packages packets bags containers doses pills tablets bricks parcels");
        return nouns;
    }

    private static List<(string, UnitSense)> Units()
    {
        var units = new List<(string, UnitSense)>();
        void Add(UnitKind kind, string unit, decimal factor, string words) =>
            units.AddRange(words.Split(' ').Select(w => (w.Replace('_', ' '), new UnitSense(kind, unit, factor))));

        Add(UnitKind.Weight, "kg", 1, "kg kgs kilo kilos kilogram kilograms kilogramme kilogrammes");
        Add(UnitKind.Weight, "kg", 0.001m, "g gr grams gram grammes gramme");
        Add(UnitKind.Weight, "kg", 0.000001m, "mg milligrams");
        Add(UnitKind.Weight, "kg", 1000, "ton tons tonne tonnes metric_tons metric_tonnes");
        Add(UnitKind.Weight, "kg", 0.45359237m, "pound pounds lb lbs");
        Add(UnitKind.Weight, "kg", 0.028349523125m, "ounce ounces oz");
        Add(UnitKind.Money, "usd", 1, "dollars dollar US_dollars U_._S_._dollars American_dollars USD");
        Add(UnitKind.Money, "eur", 1, "euros euro EUR €");
        Add(UnitKind.Money, "pen", 1, "soles sol Peruvian_soles nuevos_soles PEN");
        Add(UnitKind.Money, "pesos", 1, "pesos peso");
        Add(UnitKind.Money, "cop", 1, "Colombian_pesos COP");
        Add(UnitKind.Money, "clp", 1, "Chilean_pesos CLP");
        Add(UnitKind.Money, "mxn", 1, "Mexican_pesos MXN");
        Add(UnitKind.Money, "ars", 1, "Argentine_pesos Argentinian_pesos ARS");
        Add(UnitKind.Money, "dop", 1, "Dominican_pesos");
        Add(UnitKind.Money, "bob", 1, "bolivianos");
        Add(UnitKind.Money, "brl", 1, "reais Brazilian_reais");
        Add(UnitKind.Money, "ves", 1, "bolivars bolívares");
        Add(UnitKind.Money, "gbp", 1, "pounds_sterling");
        Add(UnitKind.Money, "pab", 1, "balboas");
        Add(UnitKind.Money, "gtq", 1, "quetzales quetzals");
        Add(UnitKind.Money, "hnl", 1, "lempiras");
        Add(UnitKind.Duration, "years", 1, "years year");
        Add(UnitKind.Duration, "months", 1, "months month");
        Add(UnitKind.Duration, "weeks", 1, "weeks week");
        Add(UnitKind.Duration, "days", 1, "days day");
        Add(UnitKind.Duration, "hours", 1, "hours hour");
        Add(UnitKind.Duration, "minutes", 1, "minutes minute");
        Add(UnitKind.Distance, "km", 1, "km kilometers kilometres kilometer kilometre");
        Add(UnitKind.Distance, "km", 1.609344m, "miles mile");
        Add(UnitKind.Distance, "m", 1, "meters metres");
        return units;
    }
}
