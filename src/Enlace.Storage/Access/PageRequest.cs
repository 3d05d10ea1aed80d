namespace Enlace.Storage.Access;

/// <summary>A page of a list ordered by id: the items after <paramref name="After"/>, at most <paramref name="Limit"/> of them.</summary>
public sealed record PageRequest(Guid? After, int Limit)
{
    /// <summary>The most items a caller outside the process may ask for in one page.</summary>
    public const int MaxLimit = 500;

    public int Take => Math.Max(1, Limit);
}
