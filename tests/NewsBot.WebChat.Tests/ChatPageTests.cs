using Microsoft.Playwright;

namespace NewsBot.WebChat.Tests;

/// <summary>The chat page in a real browser: Microsoft's Web Chat over the local Direct Line, answered by the bot.</summary>
public sealed class ChatPageTests : IAsyncLifetime
{
    private const string PeskovQuote = "Washington may perfectly use its influence on Kyiv";

    private NewsBotHost _host = null!;

    public async Task InitializeAsync() => _host = await NewsBotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Typing_a_question_and_pressing_enter_shows_the_cited_answer_and_its_sources()
    {
        await using var browser = await ChromiumPage.OpenAsync(1024, 768);
        var page = browser.Page;

        await AskAsync(page, "What did Peskov say about Washington?");

        var answer = Answer(page);
        await answer.WaitForAsync();
        var source = page.Locator("#webchat li", new PageLocatorOptions { HasText = "2021-04-14, ¶5" });
        await source.WaitForAsync();
        Assert.Contains("U.S. President Joe Biden on Tuesday had a phone call", await source.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Sources", await page.Locator("#webchat strong", new PageLocatorOptions { HasText = "Sources" }).InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "newsbot-webchat-1024.png") });
    }

    [Fact]
    public async Task On_a_375_pixel_wide_screen_the_input_and_the_answer_fit_without_horizontal_scrolling()
    {
        await using var browser = await ChromiumPage.OpenAsync(375, 700);
        var page = browser.Page;

        await AskAsync(page, "What did Peskov say about Washington?");
        var answer = Answer(page);
        await answer.WaitForAsync();
        await page.Locator("#webchat li", new PageLocatorOptions { HasText = "2021-04-14, ¶5" }).WaitForAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "newsbot-webchat-375.png") });

        var pageWidth = await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        Assert.True(pageWidth <= 375, $"The page is {pageWidth} px wide on a 375 px screen.");
        await AssertWithinScreenAsync(Input(page), "the input box");
        await AssertWithinScreenAsync(answer, "the answer");
        Assert.True(await Input(page).IsVisibleAsync());
        Assert.True(await answer.IsVisibleAsync());
    }

    private async Task AskAsync(IPage page, string question)
    {
        await page.GotoAsync(_host.Address.ToString());
        var input = Input(page);
        await input.WaitForAsync();
        await input.FillAsync(question);
        await input.PressAsync("Enter");
    }

    /// <summary>The answer's paragraph as Web Chat renders the bot's Markdown (not the screen reader's copy).</summary>
    private static ILocator Answer(IPage page) => page.Locator("#webchat p", new PageLocatorOptions { HasText = PeskovQuote });

    private static ILocator Input(IPage page) => page.Locator("[data-id='webchat-sendbox-input']");

    private static async Task AssertWithinScreenAsync(ILocator element, string what)
    {
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= 375, $"{what} spans x {box.X}..{box.X + box.Width} on a 375 px screen.");
        Assert.True(box.Y >= 0 && box.Y + box.Height <= 700, $"{what} spans y {box.Y}..{box.Y + box.Height} on a 700 px high screen.");
    }
}
