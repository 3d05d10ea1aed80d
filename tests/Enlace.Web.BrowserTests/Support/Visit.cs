using Microsoft.Playwright;

namespace Enlace.Web.BrowserTests.Support;

/// <summary>
/// One person at one browser: a fresh context (own cookies) on the server, with every console error, uncaught page
/// error, failed request and dialog recorded, so a test can assert that nothing went wrong on any page it visited.
/// </summary>
public sealed class Visit : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly List<string> _problems = [];
    private readonly List<string> _dialogs = [];
    private readonly HashSet<string> _notFoundOnPurpose = [];

    private Visit(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (_problems)
                {
                    _problems.Add($"console {message.Type} on {page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (_problems)
            {
                _problems.Add($"page error on {page.Url}: {error}");
            }
        };
        page.RequestFailed += (_, request) =>
        {
            lock (_problems)
            {
                _problems.Add($"request failed: {request.Url} {request.Failure}");
            }
        };
        page.Dialog += async (_, dialog) =>
        {
            lock (_dialogs)
            {
                _dialogs.Add($"{dialog.Type}: {dialog.Message}");
            }

            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public IReadOnlyList<string> Dialogs
    {
        get
        {
            lock (_dialogs)
            {
                return [.. _dialogs];
            }
        }
    }

    public static async Task<Visit> OpenAsync(BrowserHost host, UiServer server, string locale = "en-GB")
    {
        Assertions.SetDefaultExpectTimeout(60_000);
        var context = await host.Browser.NewContextAsync(new() { BaseURL = server.Address.ToString(), Locale = locale, ViewportSize = new() { Width = 1280, Height = 900 } });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(120_000);
        return new Visit(context, await context.NewPageAsync());
    }

    public async Task<IResponse?> GoAsync(string path)
    {
        var response = await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
        return response;
    }

    /// <summary>Signs in through the sign-in form and waits for the page it leads to.</summary>
    public async Task SignInAsync(string user, string password = UiServer.Password)
    {
        if (!Page.Url.Contains("/signin", StringComparison.Ordinal))
        {
            await GoAsync("/signin");
        }

        await Page.Locator("#username").FillAsync(user);
        await Page.Locator("#password").FillAsync(password);
        await Page.Locator("form.signin button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    /// <summary>Uploads a report through the documents page's form and waits for its reader page.</summary>
    public async Task<string> UploadAsync(string path, string? language = null)
    {
        await GoAsync("/documents");
        await Page.Locator("#file").SetInputFilesAsync(path);
        if (language is not null)
        {
            await Page.Locator("#language").SelectOptionAsync(language);
        }

        await Page.Locator("form.upload button[type=submit]").ClickAsync();
        await Page.WaitForURLAsync(url => url.Contains("/documents/", StringComparison.Ordinal) && url.Contains("uploaded=", StringComparison.Ordinal));
        return new Uri(Page.Url).AbsolutePath;
    }

    /// <summary>Keeps a screenshot (the whole page, or what the window shows) under bin/…/screenshots (see the README).</summary>
    public async Task ShotAsync(string name, bool fullPage = true) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserHost.Screenshots, name + ".png"), FullPage = fullPage });

    /// <summary>Asks for a page that must answer 404; chromium logs that as a console error, which is then expected.</summary>
    public async Task<IResponse?> GoExpectingNotFoundAsync(string path)
    {
        var response = await GoAsync(path);
        _notFoundOnPurpose.Add(Page.Url);
        return response;
    }

    public void AssertNothingWentWrong()
    {
        var problems = Problems.Where(p => !_notFoundOnPurpose.Any(url => p == $"console error on {url}: Failed to load resource: the server responded with a status of 404 (Not Found)")).ToList();
        Assert.True(problems.Count == 0, "the browser reported problems:\n" + string.Join("\n", problems));
        Assert.True(Dialogs.Count == 0, "a dialog opened:\n" + string.Join("\n", Dialogs));
    }

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
