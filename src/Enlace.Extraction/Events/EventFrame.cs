using Enlace.Core.Statements;

namespace Enlace.Extraction.Events;

/// <summary>
/// One happening a document reports, as the document frames it: its dates, places and participants, and the figures
/// stated about it. A report usually has a main frame and a few background ones ("In January 2024, police rescued…").
/// Frames of different reports are grouped into events by reconciliation.
/// </summary>
/// <param name="Index">0 for the document's main happening, then in order of appearance.</param>
/// <param name="Quantities">Indices into <see cref="ExtractionResult.Quantities"/>.</param>
/// <param name="Dates">Indices into <see cref="ExtractionResult.Dates"/> of the dates the happening took place on (not
/// datelines, not the day someone said something about it, not bare years of background history).</param>
public sealed record EventFrame(
    int Index,
    IReadOnlyList<int> Dates,
    IReadOnlyList<int> Quantities,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Participants,
    IReadOnlyList<TextSpan> Sentences);
