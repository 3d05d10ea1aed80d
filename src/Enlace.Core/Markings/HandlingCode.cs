namespace Enlace.Core.Markings;

/// <summary>Police information-exchange handling codes that travel with an item besides its TLP level.</summary>
public enum HandlingCode
{
    /// <summary>H0: police use only.</summary>
    H0 = 0,

    /// <summary>H1: not for court use without the originator's permission.</summary>
    H1 = 1,

    /// <summary>H2: no onward sharing without the originator's permission.</summary>
    H2 = 2,

    /// <summary>H3: other restrictions stated with the item.</summary>
    H3 = 3,
}
