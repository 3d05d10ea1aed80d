namespace Enlace.Extraction.Quantities;

/// <summary>What kind of thing a counted noun names, which largely decides what a figure measures.</summary>
internal enum NounClass
{
    /// <summary>People whose part the verb tells: "people", "mujeres", "nationals".</summary>
    Person,

    /// <summary>"victims", "víctimas": victims unless rescued or killed.</summary>
    Victim,

    /// <summary>"members", "integrantes": members unless a verb says what happened to them.</summary>
    Member,

    /// <summary>"officers", "agentes", "efectivos".</summary>
    Officer,

    /// <summary>"properties", "inmuebles", "allanamientos".</summary>
    Location,

    /// <summary>Seizable things: "cell phones", "revólveres", "armas de fuego".</summary>
    Item,

    /// <summary>A noun no lexicon knows: "districts", "países".</summary>
    Unknown,
}
