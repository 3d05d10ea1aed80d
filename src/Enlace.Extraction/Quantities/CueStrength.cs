namespace Enlace.Extraction.Quantities;

internal enum CueStrength
{
    /// <summary>A verb or noun that says what happened: "arrested", "rescataron", "prisión preventiva".</summary>
    Strong,

    /// <summary>A word that only suggests it, used when nothing strong is near: "victims", "defendants".</summary>
    Weak,

    /// <summary>Too common to trust at a distance, only right next to the figure: "held 31 women".</summary>
    Adjacent,
}
