namespace Enlace.Extraction.Quantities;

/// <summary>What follows a number: the noun it counts, or its unit, and what that says about the figure.</summary>
/// <param name="End">The last token of the phrase: the number itself when nothing is counted.</param>
/// <param name="Class">The counted noun's class; null for a bare number ("at least 28", "ocho fueron sentenciados").</param>
/// <param name="Measure">The measure the noun itself carries ("detenidos", "deportees").</param>
/// <param name="Item">What was counted, when the measure alone does not say: "cocaína", "teléfonos celulares", "cash".</param>
/// <param name="HeadFirst">The first token of the counted noun, or -1.</param>
internal sealed record CountedNoun(
    int End,
    NounClass? Class,
    UnitSense? Unit = null,
    string? Population = null,
    string? Measure = null,
    string? Item = null,
    int HeadFirst = -1,
    FigureLink Link = FigureLink.None)
{
    public bool IsBare => Class is null && Unit is null;

    public bool CountsPeople => Class is NounClass.Person or NounClass.Victim or NounClass.Member || (IsBare && Population is not null);
}
