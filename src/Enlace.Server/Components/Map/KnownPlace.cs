namespace Enlace.Server.Components.Map;

/// <summary>A country or place of the gazetteer with coordinates; <see cref="Outline"/> names a country's shape in the shipped outlines.</summary>
public sealed record KnownPlace(string Kind, string Country, IReadOnlyList<string> Names, string? Outline, double Lat, double Lng);
