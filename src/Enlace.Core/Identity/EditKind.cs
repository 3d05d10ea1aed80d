namespace Enlace.Core.Identity;

/// <summary>The single edit between two spellings, as a typo rule needs to name it.</summary>
internal enum EditKind
{
    None,
    Substitution,
    Transposition,
    InsertionOrDeletion,
}
