using Enlace.Core.Markings;
using Enlace.Server.Hosting;
using Enlace.Storage.Access;

namespace Enlace.Server.Apis;

/// <summary>Checks the query parameters lists share: page size and marking level.</summary>
internal static class ListQuery
{
    public const int DefaultLimit = 50;

    public static int Limit(int? limit) => limit switch
    {
        null => DefaultLimit,
        >= 1 and <= PageRequest.MaxLimit => limit.Value,
        _ => throw new InvalidRequestException($"limit must be between 1 and {PageRequest.MaxLimit}"),
    };

    public static Tlp? Tlp(string? tlp) =>
        string.IsNullOrWhiteSpace(tlp) ? null
        : Marking.TryParseTlp(tlp, out var level) ? level
        : throw new InvalidRequestException($"unknown TLP level '{tlp}'; use clear, green, amber, amber+strict or red");

    public static void Range(DateOnly? from, DateOnly? to)
    {
        if (from > to)
        {
            throw new InvalidRequestException("from must not be after to");
        }
    }
}
