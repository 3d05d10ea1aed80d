namespace Enlace.Benchmarks.Peers;

/// <summary>One text of a labelled set, the date its relative expressions resolve against, and what must be found in it.</summary>
public sealed record LabelledText(
    string Id,
    string Language,
    DateOnly Reference,
    string Text,
    IReadOnlyList<GoldDate> Dates,
    IReadOnlyList<GoldNumber> Numbers);
