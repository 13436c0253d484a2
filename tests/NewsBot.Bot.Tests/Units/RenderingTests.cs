using Microsoft.Bot.Connector;
using NewsBot.Bot.Ports;
using NewsBot.Bot.Rendering;

namespace NewsBot.Bot.Tests.Units;

public sealed class RenderingTests
{
    private static readonly BotCitation Undated = new(3, "sha256-1", "Notes_from *the* desk", null, null, 7, 0, 20, "Short passage.");

    [Fact]
    public void A_source_without_link_or_date_says_undated_and_keeps_its_marker_number()
    {
        Assert.Equal("3. Notes\\_from \\*the\\* desk, undated, ¶7", MarkdownAnswer.SourceLine(Undated));
    }

    [Fact]
    public void A_Teams_citation_without_a_url_has_no_url_and_names_date_and_paragraph_as_keywords()
    {
        var dated = Undated with { Date = new DateOnly(2008, 2, 29) };

        var activity = AnswerRenderer.Render(new BotAnswer("See [3].", [dated], Found: true), Channels.Msteams);

        var claim = activity.Entities.Single().Properties["citation"]![0]!;
        Assert.Null(claim["appearance"]!["url"]);
        Assert.Equal(["2008-02-29", "paragraph 7"], claim["appearance"]!["keywords"]!.Select(k => (string?)k));
    }

    [Fact]
    public void A_not_found_answer_in_Teams_keeps_the_AI_label_and_feedback_but_cites_nothing()
    {
        var activity = AnswerRenderer.Render(new BotAnswer("The archive has nothing on that.", [], Found: false), Channels.Msteams);

        var entity = activity.Entities.Single();
        Assert.Equal("AIGeneratedContent", (string?)entity.Properties["additionalType"]![0]);
        Assert.Null(entity.Properties["citation"]);
        Assert.Equal("The archive has nothing on that.", activity.Text);
    }

    [Fact]
    public void A_not_found_answer_elsewhere_has_no_sources_heading()
    {
        var activity = AnswerRenderer.Render(new BotAnswer("The archive has nothing on that.", [], Found: false), Channels.Webchat);

        Assert.Equal("The archive has nothing on that.", activity.Text);
    }
}
