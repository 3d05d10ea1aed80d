namespace Enlace.Extraction.Numbers;

/// <summary>The part a word plays when numbers are written out.</summary>
internal enum NumberWordKind
{
    /// <summary>1–9: "three", "siete".</summary>
    Unit,

    /// <summary>10–29 written as one word: "fourteen", "veintitrés", "veintiún".</summary>
    Teen,

    /// <summary>"twenty" … "ninety", "treinta" … "noventa".</summary>
    Tens,

    /// <summary>Spanish hundreds that carry their own value: "ciento", "doscientas".</summary>
    Hundreds,

    /// <summary>English "hundred", which multiplies what comes before it.</summary>
    HundredTimes,

    /// <summary>"thousand", "million", "mil", "millones".</summary>
    Scale,

    /// <summary>"dozen", "docena": twelve times what comes before.</summary>
    Dozen,

    /// <summary>"una decena", "una veintena", "un centenar": an approximate round number.</summary>
    Collective,

    /// <summary>"dozens", "decenas", "hundreds", "miles": at least the smallest plural.</summary>
    Vague,

    /// <summary>"a", "an", "un", "una": a number only before hundred, dozen, a unit and the like.</summary>
    Article,

    /// <summary>"half", "medio", "media".</summary>
    Half,

    /// <summary>"and", "y" inside a written number.</summary>
    Connector,
}
