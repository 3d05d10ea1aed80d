namespace Enlace.Core.Identity;

/// <summary>Where the countries and cities of <see cref="Countries"/> occur in a list of normalised tokens.</summary>
internal sealed class PlaceSpans
{
    private static readonly PlaceSpans Empty = new([], 0, []);
    private readonly TokenPlace[] _kinds;

    private PlaceSpans(TokenPlace[] kinds, ulong countries, string[] cities)
    {
        _kinds = kinds;
        Countries = countries;
        Cities = cities;
    }

    public enum TokenPlace : byte
    {
        None,
        Country,
        City,
    }

    /// <summary>The countries named or implied (a city implies its country), as bits.</summary>
    public ulong Countries { get; }

    public string[] Cities { get; }

    public TokenPlace Kind(int token) => token < _kinds.Length ? _kinds[token] : TokenPlace.None;

    public static PlaceSpans Find(IReadOnlyList<string> tokens)
    {
        TokenPlace[]? kinds = null;
        List<string>? cities = null;
        ulong countries = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var longest = Identity.Countries.StartsPhrase(tokens[i]) ? Math.Min(Identity.Countries.LongestPhrase, tokens.Count - i) : 1;
            for (var length = longest; length >= 1; length--)
            {
                var phrase = length == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(length));
                // A misspelt place is only looked for where a place is expected, after "de", "of", "in"…: "Franco" is a surname, not France.
                if (!Identity.Countries.TryFind(phrase, out var hit)
                    && (length > 1 || i == 0 || !FunctionWords.Contains(tokens[i - 1]) || !Identity.Countries.TryFindMisspelt(phrase, out hit)))
                {
                    continue;
                }

                kinds ??= new TokenPlace[tokens.Count];
                countries |= hit.CountryBit;
                if (hit.City is not null && !(cities ??= []).Contains(hit.City))
                {
                    cities.Add(hit.City);
                }

                for (var k = 0; k < length; k++)
                {
                    kinds[i + k] = hit.City is null ? TokenPlace.Country : TokenPlace.City;
                }

                i += length - 1;
                break;
            }
        }

        return kinds is null ? Empty : new PlaceSpans(kinds, countries, cities is null ? [] : [.. cities]);
    }
}
