using Enlace.Extraction.Numbers;

namespace Enlace.Extraction.Quantities;

/// <summary>
/// Reads what a number counts from the words after it: a unit ("12 kilos de cocaína", "48,000 soles in cash"), a noun
/// with its modifiers ("23 alleged members of Tren de Aragua", "24 Venezuelan nationals", "siete menores de edad"),
/// a part of an earlier group ("nine of them minors", "16 de los imputados") or nothing ("at least 28").
/// </summary>
internal sealed class CountedNounReader(TokenStream tokens, QuantityLexicon lexicon, NumberLexicons numbers, PopulationReader populations)
{
    // Modifiers and names may stand between a number and its noun, but not many.
    private const int MaxPhraseTokens = 7;

    // Endings of Spanish and English verb forms and participles, which never name what a number counts.
    private static readonly string[] VerbEndings =
        ["aron", "ieron", "eron", "aban", "ían", "aría", "arán", "erán", "irán", "ados", "adas", "idos", "idas", "ed"];

    private readonly UnitPhraseReader units = new(tokens, lexicon);

    public CountedNoun Read(NumberMatch number, int limit)
    {
        if (number.AttachedNoun is { } attached)
        {
            return Attached(number, attached.Start, attached.End);
        }

        var position = number.Last + 1;
        if (tokens.IsWord(number.Last) && numbers.IsGroupWord(tokens.Span(number.Last)) && (tokens.Is(position, "of") || tokens.Is(position, "de"))
            && lexicon.AnaphoraAfter.MatchAt(tokens, position) is null && lexicon.PartitiveAfter.MatchAt(tokens, position) is null)
        {
            position++;
        }

        if (tokens.IsAny(position, lexicon.RemainderWords))
        {
            return ReadHead(position + 1, position, !number.IsWords, limit) with { Link = FigureLink.Remainder };
        }

        if (lexicon.AnaphoraAfter.MatchAt(tokens, position) is { } anaphora)
        {
            var next = anaphora.Last + 1;
            if (tokens.IsAny(next, lexicon.Copulas))
            {
                next++;
            }

            var (population, end) = populations.At(next);
            return new CountedNoun(end ?? anaphora.Last, NounClass.Person, Population: population, Link: FigureLink.Anaphoric);
        }

        if (lexicon.PartitiveAfter.MatchAt(tokens, position) is { } partitive)
        {
            // "12 of the 31 detainees were Venezuelan": the group's own size is skipped, a nationality after it kept.
            var groupStart = tokens.IsNumber(partitive.Last + 1) ? partitive.Last + 2 : partitive.Last + 1;
            var group = ReadHead(groupStart, partitive.Last, !number.IsWords, limit);
            var stated = tokens.IsAny(group.End + 1, lexicon.Copulas) ? populations.At(group.End + 2).Population : null;
            return group with { Class = group.Class ?? NounClass.Person, Population = stated, Link = FigureLink.Partitive };
        }

        if (tokens.IsAny(position, lexicon.Copulas) && populations.At(position + 1) is (not null, { } populationEnd) copula)
        {
            return new CountedNoun(populationEnd, null, Population: copula.Population);
        }

        // "son cincuenta y dos las mujeres rescatadas".
        if ((tokens.Is(position, "las") || tokens.Is(position, "los")) && lexicon.Nouns.MatchAt(tokens, position + 1) is not null)
        {
            position++;
        }

        return ReadHead(position, number.Last, !number.IsWords, limit);
    }

    /// <summary>Reads a noun phrase that starts at <paramref name="position"/>: the "women freed" of "the number of women freed".</summary>
    public CountedNoun ReadHead(int position, int fallbackEnd, bool digits, int limit)
    {
        string? nationality = null;
        var nationalityAt = -1;
        string? modifierPopulation = null;
        var i = position;
        var last = Math.Min(limit, position + MaxPhraseTokens);
        while (i <= last && tokens.InRange(i))
        {
            if (units.At(i, digits) is { } unit)
            {
                return units.Read(unit, limit, j => IsUnknownNoun(j) || lexicon.Nouns.MatchAt(tokens, j) is not null);
            }

            if (lexicon.Nouns.MatchAt(tokens, i) is { } noun)
            {
                // "minor victims", "jóvenes mujeres": a noun used as an adjective.
                if (tokens.IsAny(i, lexicon.Modifiers) && lexicon.Nouns.MatchAt(tokens, noun.Last + 1) is not null)
                {
                    modifierPopulation ??= noun.Value.Population;
                    i++;
                    continue;
                }

                return NounPhrase(noun, nationality, modifierPopulation, limit);
            }

            if (tokens.IsWord(i) && Nationalities.TryGet(tokens.Span(i), out var population))
            {
                (nationality, nationalityAt) = (population, i++);
                continue;
            }

            if (lexicon.PopulationModifiers.MatchAt(tokens, i) is { } modifier)
            {
                modifierPopulation ??= modifier.Value;
                i = modifier.Last + 1;
                continue;
            }

            if (tokens.IsAny(i, lexicon.Modifiers) || tokens.IsCapitalized(i) || IsInsideName(i, position))
            {
                i++;
                continue;
            }

            break;
        }

        if (nationality is not null)
        {
            return new CountedNoun(nationalityAt, NounClass.Person, Population: nationality, HeadFirst: nationalityAt);
        }

        return i <= position + 2 && IsUnknownNoun(i) ? UnknownNoun(i, limit) : new CountedNoun(fallbackEnd, null);
    }

    private CountedNoun Attached(NumberMatch number, int start, int end)
    {
        var word = tokens.Text.AsSpan(start, end - start);
        var headToken = number.IsWords ? number.Last : number.Last + 2;
        if (lexicon.SingleWordUnits.TryGet(word, out var unit))
        {
            return new CountedNoun(headToken, null, unit, HeadFirst: headToken);
        }

        return lexicon.SingleWordNouns.TryGet(word, out var noun)
            ? new CountedNoun(headToken, noun.Class, Population: noun.Population, Measure: noun.Measure, HeadFirst: headToken)
            : new CountedNoun(headToken, NounClass.Unknown, Item: word.ToString(), HeadFirst: headToken);
    }

    private CountedNoun NounPhrase(PhraseMatch<NounSense> noun, string? nationality, string? modifierPopulation, int limit)
    {
        var end = noun.Last;
        if (noun.Last < limit && populations.Nationality(noun.Last + 1) is { } after)
        {
            // "ciudadanos venezolanos", "mujeres de nacionalidad venezolana".
            nationality ??= after.Population;
            end = after.End;
        }

        var sense = noun.Value;
        var countsPeople = sense.Class is NounClass.Person or NounClass.Victim or NounClass.Member;
        var population = countsPeople ? nationality ?? sense.Population ?? modifierPopulation : null;
        var item = sense.Class == NounClass.Item ? tokens.TextOf(noun.First, noun.Last) : null;
        return new CountedNoun(end, sense.Class, null, population, sense.Measure, item, noun.First);
    }

    // "Tren de Aragua", "El Tren del Norte": a small word between two capitalized ones.
    private bool IsInsideName(int index, int start) =>
        index > start && tokens.IsCapitalized(index - 1) && tokens.IsCapitalized(index + 1)
        && (tokens.Is(index, "de") || tokens.Is(index, "del") || tokens.Is(index, "la") || tokens.Is(index, "of") || tokens.Is(index, "the"));

    private bool IsUnknownNoun(int index) =>
        tokens.IsLowercaseWord(index) && !tokens.IsAny(index, lexicon.FunctionWords) && !LooksLikeVerb(tokens.Span(index))
        && lexicon.PersonCues.MatchAt(tokens, index) is null && lexicon.SeizureCues.MatchAt(tokens, index) is null
        && lexicon.HypotheticalCues.MatchAt(tokens, index) is null && !tokens.IsAny(index, lexicon.Copulas);

    // "quedaron", "dedicadas", "escaped": a verb or participle after a number is its predicate, not what it counts.
    private static bool LooksLikeVerb(ReadOnlySpan<char> word)
    {
        foreach (var ending in VerbEndings)
        {
            if (word.Length > ending.Length + 2 && FoldedComparer.EndsWith(word, ending))
            {
                return true;
            }
        }

        return false;
    }

    // Up to three unknown words: "online advertisements", "países".
    private CountedNoun UnknownNoun(int index, int limit)
    {
        var end = index;
        while (end + 1 <= limit && end - index < 2 && IsUnknownNoun(end + 1))
        {
            end++;
        }

        return new CountedNoun(end, NounClass.Unknown, Item: tokens.TextOf(index, end), HeadFirst: index);
    }
}
