namespace Enlace.Extraction.Quantities;

/// <summary>How a figure's group relates to a group named before it.</summary>
internal enum FigureLink
{
    None,

    /// <summary>"nine of them", "Nueve de ellas": part of the group counted just before.</summary>
    Anaphoric,

    /// <summary>"16 de los imputados", "28 of the people arrested": a subset whose fate the verb tells.</summary>
    Partitive,

    /// <summary>"the remaining three detainees", "Los tres restantes".</summary>
    Remainder,
}
