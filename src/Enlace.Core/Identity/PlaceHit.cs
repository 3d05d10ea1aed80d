namespace Enlace.Core.Identity;

/// <summary>A country or city found in a name: the country's index in <see cref="Countries"/>, the city if it was one, and how many tokens it spans.</summary>
internal readonly record struct PlaceHit(int Country, string? City, int Length)
{
    public ulong CountryBit => 1UL << Country;
}
