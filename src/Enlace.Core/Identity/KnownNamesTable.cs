namespace Enlace.Core.Identity;

/// <summary>
/// A small in-memory list of known names, one <c>key&lt;TAB&gt;name</c> per line. Names are matched in their
/// normalised form (accents, case, articles ignored). A name listed under two keys is ambiguous and yields no key.
/// </summary>
public sealed class KnownNamesTable : IKnownNames
{
    private readonly Dictionary<string, string?> _keys = new(StringComparer.Ordinal);

    public KnownNamesTable(IEnumerable<(string Key, string Name)> entries)
    {
        foreach (var (key, name) in entries)
        {
            var normalized = NameForms.Normalize(name);
            if (normalized.Length == 0)
            {
                continue;
            }

            _keys[normalized] = _keys.TryGetValue(normalized, out var existing) && existing != key ? null : key;
        }
    }

    public int Count => _keys.Count;

    /// <summary>Reads <c>key&lt;TAB&gt;name</c> lines; blank lines and lines starting with '#' are skipped.</summary>
    public static KnownNamesTable FromTsv(string tsv) => new(ParseLines(tsv));

    public string? CanonicalKey(string name) => _keys.GetValueOrDefault(NameForms.Normalize(name));

    private static IEnumerable<(string, string)> ParseLines(string tsv)
    {
        foreach (var line in tsv.Split('\n'))
        {
            var text = line.TrimEnd('\r');
            if (text.Length == 0 || text[0] == '#')
            {
                continue;
            }

            var tab = text.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab == text.Length - 1)
            {
                throw new FormatException($"a known-names line needs key<TAB>name: '{text}'");
            }

            yield return (text[..tab].Trim(), text[(tab + 1)..].Trim());
        }
    }
}
