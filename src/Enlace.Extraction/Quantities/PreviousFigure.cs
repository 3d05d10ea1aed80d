namespace Enlace.Extraction.Quantities;

/// <summary>The last figure read, which a following figure may continue ("including three minors", "nine of them").</summary>
internal sealed record PreviousFigure(string Measure, string? Population, bool CountsPeople, int End, int Paragraph, int SentenceFirst);
