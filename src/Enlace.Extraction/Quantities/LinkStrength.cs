namespace Enlace.Extraction.Quantities;

/// <summary>How closely a figure hangs on the figure before it.</summary>
internal enum LinkStrength
{
    None,

    /// <summary>Only a comma or a colon between them: "17 are Venezuelan, four Colombian".</summary>
    Weak,

    /// <summary>"including", "incl.", "entre ellas", "and", a dash or a bracket: the same event's breakdown.</summary>
    Strong,
}
