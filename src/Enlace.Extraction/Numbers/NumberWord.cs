namespace Enlace.Extraction.Numbers;

internal readonly record struct NumberWord(decimal Value, NumberWordKind Kind);
