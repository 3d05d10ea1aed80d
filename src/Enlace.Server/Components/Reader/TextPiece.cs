namespace Enlace.Server.Components.Reader;

/// <summary>A run of a report's text, plain or highlighted.</summary>
public sealed record TextPiece(string Text, Highlight? Highlight);
