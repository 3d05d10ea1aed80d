using Enlace.Core.Entities;

namespace Enlace.Core.Identity;

/// <summary>
/// A mention with its names already taken apart, so that scoring a pair does no parsing. Prepare each record once
/// (<see cref="NameMatcher.Prepare"/>) and score it against many.
/// </summary>
public sealed class PreparedMention
{
    internal PreparedMention(MentionRecord record, string normalized, string[] aliases, string[] rawAliases, string[] knownKeys)
    {
        Record = record;
        Normalized = normalized;
        Aliases = aliases;
        RawAliases = rawAliases;
        KnownKeys = knownKeys;
    }

    public MentionRecord Record { get; }

    /// <summary>The name in the comparable form of its kind; equal forms are the same name.</summary>
    internal string Normalized { get; }

    /// <summary>The aliases in the same comparable form, distinct and other than the name itself.</summary>
    internal string[] Aliases { get; }

    /// <summary>The aliases as written, parallel to <see cref="Aliases"/>, for reasons.</summary>
    internal string[] RawAliases { get; }

    internal string[] KnownKeys { get; }

    internal OrganisationName? Organisation { get; init; }

    /// <summary>For organisations: which aliases are only generic words ("la Policía"), parallel to <see cref="Aliases"/>.</summary>
    internal bool[] AliasIsGeneric { get; init; } = [];

    internal PersonName? Person { get; init; }

    internal PlaceName? Place { get; init; }

    internal bool IsEmpty => Normalized.Length == 0;

    internal static PreparedMention Prepare(MentionRecord record, IKnownNames names)
    {
        var keys = FindKnownKeys(record, names);
        switch (record.Kind)
        {
            case EntityKind.Organization:
                var organisation = OrganisationName.Parse(record.Name);
                var (orgAliases, orgRaw) = NormalizeAliases(record, organisation.Normalized, a => OrganisationName.Parse(a).Normalized);
                return new PreparedMention(record, organisation.Normalized, orgAliases, orgRaw, keys)
                {
                    Organisation = organisation,
                    AliasIsGeneric = [.. orgRaw.Select(OrganisationName.IsGenericName)],
                };
            case EntityKind.Person:
                var person = PersonName.Parse(record.Name);
                var (personAliases, personRaw) = NormalizeAliases(record, person.Normalized, a => PersonName.Parse(a).Normalized);
                return new PreparedMention(record, person.Normalized, personAliases, personRaw, keys) { Person = person };
            case EntityKind.Location:
                var place = PlaceName.Parse(record.Name);
                var (placeAliases, placeRaw) = NormalizeAliases(record, place.Normalized, a => PlaceName.Parse(a).Normalized);
                return new PreparedMention(record, place.Normalized, placeAliases, placeRaw, keys) { Place = place };
            default:
                var normalized = NameForms.Normalize(record.Name);
                var (aliases, raw) = NormalizeAliases(record, normalized, NameForms.Normalize);
                return new PreparedMention(record, normalized, aliases, raw, keys);
        }
    }

    private static (string[] Normalized, string[] Raw) NormalizeAliases(MentionRecord record, string name, Func<string, string> normalize)
    {
        if (record.Aliases.Count == 0)
        {
            return ([], []);
        }

        var normalized = new List<string>(record.Aliases.Count);
        var raw = new List<string>(record.Aliases.Count);
        foreach (var alias in record.Aliases)
        {
            var form = normalize(alias);
            if (form.Length > 0 && form != name && !normalized.Contains(form))
            {
                normalized.Add(form);
                raw.Add(alias);
            }
        }

        return ([.. normalized], [.. raw]);
    }

    private static string WithoutParentheses(string name)
    {
        var text = new System.Text.StringBuilder(name.Length);
        var depth = 0;
        foreach (var c in name)
        {
            depth += c == '(' ? 1 : 0;
            if (depth == 0)
            {
                text.Append(c);
            }

            depth -= c == ')' && depth > 0 ? 1 : 0;
        }

        return text.ToString();
    }

    private static string[] FindKnownKeys(MentionRecord record, IKnownNames names)
    {
        if (ReferenceEquals(names, NoKnownNames.Instance))
        {
            return [];
        }

        List<string>? keys = null;
        foreach (var name in record.Aliases.Prepend(record.Name))
        {
            // "Armada de Perú (ADP)" is known as "Armada de Perú".
            var key = names.CanonicalKey(name) ?? (name.Contains('(', StringComparison.Ordinal) ? names.CanonicalKey(WithoutParentheses(name)) : null);
            if (key is not null && !(keys ??= []).Contains(key))
            {
                keys.Add(key);
            }
        }

        return keys is null ? [] : [.. keys];
    }
}
