namespace Enlace.Extraction.Quantities;

/// <summary>A lexicon phrase found at tokens <see cref="First"/>..<see cref="Last"/>.</summary>
internal readonly record struct PhraseMatch<T>(int First, int Last, T Value);
