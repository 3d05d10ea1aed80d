using System.Buffers.Text;
using System.Text;
using Enlace.Server.Hosting;

namespace Enlace.Server.Access;

/// <summary>
/// Opaque page cursors: the position after which the next page starts, tagged with the list it belongs to so that a
/// cursor of one list is refused by another. Lists are ordered by id, so a page never shifts when items are added.
/// </summary>
public static class Cursor
{
    public static string Encode(string list, string position) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{list}:{position}"));

    public static string Encode(string list, Guid position) => Encode(list, position.ToString("N"));

    /// <exception cref="InvalidRequestException">The cursor was not given out by this list.</exception>
    public static string? Decode(string list, string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        return text.StartsWith(list + ":", StringComparison.Ordinal) && text.Length > list.Length + 1 ? text[(list.Length + 1)..] : throw Invalid();
    }

    public static Guid? DecodeId(string list, string? cursor) =>
        Decode(list, cursor) is not { } text ? null : Guid.TryParseExact(text, "N", out var id) ? id : throw Invalid();

    private static InvalidRequestException Invalid() => new("the cursor is not one this list gave out; start again without it");
}
