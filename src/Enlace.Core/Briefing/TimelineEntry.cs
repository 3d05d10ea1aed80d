namespace Enlace.Core.Briefing;

/// <summary>A dated line of a brief's timeline.</summary>
public sealed record TimelineEntry(string When, string What, int Citation);
