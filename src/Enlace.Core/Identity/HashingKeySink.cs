namespace Enlace.Core.Identity;

/// <summary>
/// Writes each key as a 64-bit FNV-1a hash seeded with the mention's tenant and kind, so records of different tenants
/// or kinds never share a block (a hash collision only costs a wasted comparison, which is checked anyway).
/// </summary>
internal struct HashingKeySink(ulong seed, List<ulong> keys) : IKeySink
{
    private const ulong Prime = 1099511628211UL;
    private ulong _hash;

    public static ulong Seed(Guid tenant, int kind)
    {
        var hash = 14695981039346656037UL;
        Span<byte> bytes = stackalloc byte[16];
        tenant.TryWriteBytes(bytes);
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        return (hash ^ (ulong)kind) * Prime;
    }

    public void Begin(char tag) => _hash = (seed ^ tag) * Prime;

    public void Append(ReadOnlySpan<char> part)
    {
        var hash = _hash;
        foreach (var c in part)
        {
            hash = (hash ^ c) * Prime;
        }

        // A separator after each part, so ("ab", "c") and ("a", "bc") differ.
        _hash = (hash ^ 0x1F) * Prime;
    }

    public readonly void End() => keys.Add(Mix(_hash));

    // The splitmix64 finaliser spreads FNV's weak low bits, which the resolver's sort partitions on.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
