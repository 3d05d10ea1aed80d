using Enlace.Core.Statements;
using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>A figure being read: its number, where it starts, its qualifier and counted noun, and its sentence.</summary>
/// <param name="First">The first token of the figure: its qualifier, currency sign or range opener.</param>
/// <param name="Currency">A currency written before the number ("US$", "S/").</param>
/// <param name="RemainderBefore">"the remaining three": the rest of a group.</param>
/// <param name="AnaphoraBefore">"Of them, 17 …", "De ellas, 9 …": part of a group named before.</param>
/// <param name="TotalBefore">"Del total, 38 …", "In total, 8 …": a breakdown of the figure before.</param>
/// <param name="GroupMeasure">"De los aprehendidos, 11 son venezolanos": the measure of the group the figure is part of.</param>
internal sealed record FigureDraft(
    NumberMatch Number,
    int First,
    Qualifier Qualifier,
    bool QualifierStated,
    CountedNoun Noun,
    string? Currency,
    int SentenceFirst,
    int SentenceLast,
    int Paragraph,
    bool RemainderBefore,
    bool AnaphoraBefore,
    bool TotalBefore,
    LinkStrength Link,
    string? GroupMeasure = null)
{
    public int End => Noun.End;
}
