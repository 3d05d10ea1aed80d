using Enlace.Core.Access;
using Enlace.Testing;
using Enlace.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enlace.Web.BrowserTests;

/// <summary>The sign-in page: the form with its antiforgery token, the way back to the page asked for, wrong passwords and lockout.</summary>
public sealed class SignInTests(BrowserHost host, Engines engines)
{
    [Fact]
    public async Task A_page_asked_for_before_signing_in_opens_after_signing_in_with_the_form()
    {
        var server = await engines.For(Engine.Sqlite);
        var agency = await Agency.CreateAsync(server, "signin");
        await using var visit = await Visit.OpenAsync(host, server);

        await visit.GoAsync("/statements");
        Assert.EndsWith("/signin", new Uri(visit.Page.Url).AbsolutePath, StringComparison.Ordinal);
        await Expect(visit.Page.Locator("input[name=__RequestVerificationToken]")).ToHaveCountAsync(1);
        await visit.ShotAsync("signin");
        await visit.SignInAsync(agency.Analyst);

        Assert.Equal("/statements", new Uri(visit.Page.Url).AbsolutePath);
        await Expect(visit.Page.Locator("header .who")).ToContainTextAsync(agency.Analyst);
        visit.AssertNothingWentWrong();
    }

    [Fact]
    public async Task A_wrong_password_is_told_and_repeated_failures_lock_the_account_with_a_message()
    {
        var server = await engines.For(Engine.Sqlite);
        var user = await server.AddUserAsync("lockout-" + Guid.NewGuid().ToString("N")[..8], "locked-" + Guid.NewGuid().ToString("N")[..8], Role.Viewer);
        await using var visit = await Visit.OpenAsync(host, server);
        await visit.GoAsync("/signin");

        await visit.Page.Locator("#username").FillAsync(user);
        await visit.Page.Locator("#password").FillAsync("Wrong-Password-1");
        await visit.Page.Locator("form.signin button").ClickAsync();
        await Expect(visit.Page.Locator(".notice.error")).ToContainTextAsync("Wrong user name or password");

        // The server locks after three failures; the right password is then refused too.
        foreach (var attempt in new[] { "Wrong-Password-2", "Wrong-Password-3", UiServer.Password })
        {
            await visit.Page.Locator("#username").FillAsync(user);
            await visit.Page.Locator("#password").FillAsync(attempt);
            await visit.Page.Locator("form.signin button").ClickAsync();

            // The answer is a new page, whose password field is empty again.
            await Expect(visit.Page.Locator("#password")).ToHaveValueAsync("");
        }

        await Expect(visit.Page.Locator(".notice.error")).ToContainTextAsync("locked");
        await visit.ShotAsync("signin-locked");
        visit.AssertNothingWentWrong();
    }
}
