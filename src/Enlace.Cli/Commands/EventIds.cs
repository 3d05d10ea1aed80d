using Enlace.Core.Reconciliation;

namespace Enlace.Cli.Commands;

/// <summary>
/// Events are named on the command line by their id or any unambiguous prefix or ending of it. Tables show the last
/// ten digits: ids made in one instant share their first twelve.
/// </summary>
internal static class EventIds
{
    public static string Short(Guid id) => id.ToString("N")[^10..];

    /// <summary>The events a user's --event value selects: all when none is given.</summary>
    public static IReadOnlyList<EventView> Select(IReadOnlyList<EventView> events, string? wanted, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(wanted))
        {
            return events;
        }

        var key = wanted.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        bool Fits(Guid id) => id.ToString("N").StartsWith(key, StringComparison.Ordinal) || id.ToString("N").EndsWith(key, StringComparison.Ordinal);
        var matches = events.Where(e => Fits(e.Id) || e.Members.Any(Fits)).ToList();
        if (matches.Count == 0)
        {
            error = $"no event with id {wanted}";
        }
        else if (matches.Count > 1)
        {
            error = $"{wanted} names {matches.Count} events; give more of the id";
        }

        return matches;
    }
}
