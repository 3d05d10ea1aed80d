namespace Enlace.Extraction.Tests.Entities;

/// <summary>A gold relation, one object per row (the gold's object lists are spread out).</summary>
public sealed record GoldRelation(string Subject, string Predicate, string Object, string? Detail);
