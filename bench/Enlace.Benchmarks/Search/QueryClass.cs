namespace Enlace.Benchmarks.Search;

/// <summary>The kinds of search an analyst types, each with its own cost profile in a full-text engine.</summary>
public enum QueryClass
{
    /// <summary>One word in a large share of reports ("police", "detenidos"): many matches to rank.</summary>
    CommonWord,

    /// <summary>One word in about one report in a thousand or fewer (a street alias, a district).</summary>
    RareWord,

    /// <summary>Two words that must both occur.</summary>
    TwoWords,

    /// <summary>A quoted phrase: a gang's name, a legal formula or a person's full name.</summary>
    Phrase,

    /// <summary>A word typed with its accents ("extorsión", "Bogotá").</summary>
    Accented,

    /// <summary>The same words typed without them ("extorsion", "Bogota"), which must find the same reports.</summary>
    Unaccented,
}
