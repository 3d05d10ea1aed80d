namespace Enlace.Extraction.Entities;

/// <summary>Which lower-case words may join the capitalised words of a name.</summary>
public enum Joiners
{
    None,

    /// <summary>"de", "del", "de la", "de los": places and gangs ("San Juan de Lurigancho", "Los Malditos del Puerto").</summary>
    Particles,

    /// <summary>Particles plus "y", "contra", "of", "and", "for" …: organisations.</summary>
    Organisation,
}
