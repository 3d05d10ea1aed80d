using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Reads currency written before an amount ("US$85.000", "S/ 48.000", "Bs 65.000", "$3,200") and names the peso of a
/// document by the country it is about, since "40 millones de pesos" does not say whose pesos.
/// </summary>
internal sealed class CurrencyReader(TokenStream tokens, QuantityLexicon lexicon)
{
    private static readonly (string Word, string Currency)[] PesoCountries =
    [
        ("Colombia", "cop"), ("colombian*", "cop"), ("Chile", "clp"), ("chilen*", "clp"), ("México", "mxn"), ("Mexico", "mxn"),
        ("mexican*", "mxn"), ("Argentina", "ars"), ("argentin*", "ars"), ("Uruguay", "uyu"), ("uruguay*", "uyu"),
        ("Cuba", "cup"), ("cuban*", "cup"), ("Dominicana", "dop"), ("Dominican", "dop"), ("Filipinas", "php"), ("Philippines", "php"),
    ];

    private static readonly string PesoInitials = string.Concat(PesoCountries.Select(p => FoldedComparer.Fold(p.Word[0])).Distinct());

    private string? documentPeso;
    private bool pesoKnown;

    /// <summary>The currency and first token of a prefix ending right before <paramref name="numberFirst"/>.</summary>
    public (string Currency, int First)? PrefixBefore(int numberFirst)
    {
        if (lexicon.CurrencyPrefixes.MatchEndingAt(tokens, numberFirst - 1) is not { } prefix)
        {
            return null;
        }

        // Letter codes only in capitals: "PEN 500" is money, "pen" is not.
        if (tokens.IsWord(prefix.First) && !char.IsUpper(tokens.Text[tokens[prefix.First].Start]))
        {
            return null;
        }

        return (prefix.Value, prefix.First);
    }

    public string Resolve(string unit) => unit == "pesos" ? DocumentPeso() ?? unit : unit;

    private string? DocumentPeso()
    {
        if (pesoKnown)
        {
            return documentPeso;
        }

        var counts = new Dictionary<string, int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            // Most words cannot start any of the names: their first letter says so.
            if (tokens[i].Kind != TokenKind.Word || !PesoInitials.Contains(FoldedComparer.Fold(tokens.Text[tokens[i].Start])))
            {
                continue;
            }

            foreach (var (word, currency) in PesoCountries)
            {
                var matches = word[^1] == '*'
                    ? FoldedComparer.StartsWith(tokens.Span(i), word.AsSpan(0, word.Length - 1))
                    : FoldedComparer.Equal(tokens.Span(i), word);
                if (matches)
                {
                    counts[currency] = counts.GetValueOrDefault(currency) + 1;
                }
            }
        }

        documentPeso = counts.Count == 0 ? null : counts.MaxBy(c => c.Value).Key;
        pesoKnown = true;
        return documentPeso;
    }
}
