using Enlace.Core.Reconciliation;

namespace Enlace.Cli.Commands;

/// <summary>Events are named on the command line by their id or any unambiguous prefix of it (as shown in tables).</summary>
internal static class EventIds
{
    public static string Short(Guid id) => id.ToString("N")[..10];

    /// <summary>The events a user's --event value selects: all when none is given.</summary>
    public static IReadOnlyList<EventView> Select(IReadOnlyList<EventView> events, string? wanted, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(wanted))
        {
            return events;
        }

        var key = wanted.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        var matches = events.Where(e => e.Id.ToString("N").StartsWith(key, StringComparison.Ordinal) || e.Members.Any(m => m.ToString("N").StartsWith(key, StringComparison.Ordinal))).ToList();
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
