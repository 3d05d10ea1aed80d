namespace Enlace.Benchmarks.Corpus;

/// <summary>Someone a report names: a detainee with an alias, or the officer quoted.</summary>
/// <param name="Female">Spanish agrees nationality, article and title with it ("venezolana", "la coronel", "jefa").</param>
public sealed record Person(string FirstName, string LastName, bool Female, int Age, string? Alias, Term Nationality)
{
    public string FullName => $"{FirstName} {LastName}";

    /// <summary>The nationality as Spanish writes it for this person; the listed forms are masculine and all end in -o.</summary>
    public string SpanishNationality => Female ? Nationality.Spanish[..^1] + "a" : Nationality.Spanish;
}
