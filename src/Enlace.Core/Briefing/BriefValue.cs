namespace Enlace.Core.Briefing;

/// <summary>One reported value with its source, grade and citation; <see cref="Chosen"/> when an analyst held it true.</summary>
public sealed record BriefValue(string Value, string Source, string Grade, int Citation, bool Chosen);
