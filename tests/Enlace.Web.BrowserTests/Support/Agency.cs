using Enlace.Core.Access;

namespace Enlace.Web.BrowserTests.Support;

/// <summary>An agency of its own for one test, with an analyst and a viewer; the name is fresh so no test shares data.</summary>
public sealed record Agency(string Name, string Analyst, string Viewer)
{
    public static async Task<Agency> CreateAsync(UiServer server, string label)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var name = $"{label}-{suffix}";
        var analyst = await server.AddUserAsync(name, $"{label}-analyst-{suffix}", Role.Analyst);
        var viewer = await server.AddUserAsync(name, $"{label}-viewer-{suffix}", Role.Viewer);
        return new Agency(name, analyst, viewer);
    }
}
