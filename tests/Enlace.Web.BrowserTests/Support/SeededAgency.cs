using Microsoft.Playwright;

namespace Enlace.Web.BrowserTests.Support;

/// <summary>
/// An agency whose analyst uploaded the two reports of one raid through the UI and grouped them into events, with the
/// addresses of one of each kind of page it then holds.
/// </summary>
public sealed record SeededAgency(Agency Agency, string DocumentPath, string EventPath, string EntityPath, string ConflictPath, string Word)
{
    public IReadOnlyList<string> ItemPages => [DocumentPath, EventPath, EventPath + "/brief", EntityPath, ConflictPath];

    public static async Task<SeededAgency> CreateAsync(Visit visit, UiServer server, string label)
    {
        var agency = await Agency.CreateAsync(server, label);
        var page = visit.Page;
        await visit.SignInAsync(agency.Analyst);
        var document = await visit.UploadAsync(Reports.PoliceRelease);
        await visit.UploadAsync(Reports.NewspaperAccount);
        await visit.GoAsync("/events");
        await page.Locator("form[action='/ui/events/grouping'] button").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("grouped=", StringComparison.Ordinal));

        var eventPath = await HrefAsync(page.Locator("table.list a[href^='/events/']").First);
        await visit.GoAsync("/conflicts");
        var conflictPath = await HrefAsync(page.Locator("table.list a.button").First);
        await visit.GoAsync("/entities?kind=organization");
        var entityPath = await HrefAsync(page.Locator("table.list a[href^='/entities/']").First);
        return new SeededAgency(agency, document, eventPath, entityPath, conflictPath, "policía");
    }

    private static async Task<string> HrefAsync(ILocator link) =>
        await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("a link without href");
}
