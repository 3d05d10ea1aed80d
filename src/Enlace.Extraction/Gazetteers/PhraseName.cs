namespace Enlace.Extraction.Gazetteers;

/// <summary>One way of writing a gazetteer entry's name, cut into tokens as a text would be.</summary>
/// <param name="Tokens">The name's tokens as written, for checking capitals against the text.</param>
/// <param name="Contextual">True when the name stands for the entry only in a document about its country.</param>
public sealed record PhraseName(GazetteerEntry Entry, string Surface, IReadOnlyList<string> Tokens, bool Contextual);
