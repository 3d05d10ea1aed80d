using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Reads a unit after a number and what it weighs or pays: "12 kilos de cocaína", "350 grams of cocaine base paste",
/// "48,000 soles in cash", and the cash after an amount whose currency came first ("US$85.000 en efectivo").
/// </summary>
internal sealed class UnitPhraseReader(TokenStream tokens, QuantityLexicon lexicon)
{
    /// <summary>The unit at <paramref name="position"/>, if any; "bolivianos" after a written number are people.</summary>
    public PhraseMatch<UnitSense>? At(int position, bool digits) =>
        lexicon.Units.MatchAt(tokens, position) is { } unit && (digits || !Nationalities.TryGet(tokens.Span(position), out _)) ? unit : null;

    public CountedNoun Read(PhraseMatch<UnitSense> unit, int limit, Func<int, bool> isNoun)
    {
        var end = unit.Last;
        string? item = null;
        var next = end + 1;
        if (unit.Value.Kind == UnitKind.Weight && next < limit && (tokens.Is(next, "of") || tokens.Is(next, "de")))
        {
            if (lexicon.ItemWords.MatchAt(tokens, next + 1) is { } named)
            {
                (item, end) = (tokens.TextOf(named.First, named.Last), named.Last);
            }
            else if (isNoun(next + 1))
            {
                (item, end) = (tokens.TextOf(next + 1, next + 1), next + 1);
            }
        }
        else if (unit.Value.Kind == UnitKind.Money && lexicon.CashWords.MatchAt(tokens, next) is { } cash)
        {
            (item, end) = (tokens.TextOf(cash.Last, cash.Last), cash.Last);
        }

        return new CountedNoun(end, null, unit.Value, Item: item, HeadFirst: unit.First);
    }

    /// <summary>"US$85.000 en efectivo", "$3,200 in cash": an amount whose currency came before it.</summary>
    public CountedNoun WithCash(CountedNoun noun, int after) =>
        noun.IsBare && lexicon.CashWords.MatchAt(tokens, after) is { } cash
            ? noun with { End = cash.Last, Item = tokens.TextOf(cash.Last, cash.Last) }
            : noun;
}
