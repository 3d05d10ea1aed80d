namespace Enlace.Server.Contracts;

/// <summary>How many reported happenings were grouped into events, and how many pairs await an analyst's review.</summary>
public sealed record GroupingResult(int Grouped, int ForReview);
