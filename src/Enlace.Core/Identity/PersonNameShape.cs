namespace Enlace.Core.Identity;

/// <summary>How much of a person's name was given.</summary>
internal enum PersonNameShape
{
    Empty,

    /// <summary>One word: a bare given name, surname or nickname ("Whitfield", "El Mono").</summary>
    Single,

    /// <summary>Two words without a comma: a given name and a surname, or two surnames.</summary>
    Ambiguous,

    Full,
}
