namespace Enlace.Server.Contracts;

/// <summary>One page of a list; <paramref name="Next"/> is the cursor of the following page, or null on the last.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next)
{
    public Page<TOut> Map<TOut>(Func<T, TOut> map) => new([.. Items.Select(map)], Next);
}
