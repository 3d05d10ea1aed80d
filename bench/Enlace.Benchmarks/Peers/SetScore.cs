namespace Enlace.Benchmarks.Peers;

/// <summary>How one tool did on one labelled set.</summary>
/// <param name="SpanishWords">Spanish numbers written in words, scored apart.</param>
/// <param name="QualifiersRight">Gold figures with a qualifier other than exact that the tool found with that qualifier.</param>
/// <param name="QualifierFalseAlarms">Exact gold figures the tool found but gave a qualifier that is not in the text.</param>
/// <param name="ArticleFalsePositives">False numbers that are the article "un", "una", "a" or "an".</param>
public sealed record SetScore(
    string Tool,
    bool ReadsQualifiers,
    Tally Dates,
    Tally? Numbers,
    Tally? SpanishWords,
    int QualifiersRight,
    int Qualified,
    int QualifierFalseAlarms,
    int ArticleFalsePositives,
    IReadOnlyList<Miss> Misses);
