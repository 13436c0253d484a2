using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace NewsBot.Bot.Tests.Channel;

public sealed class AnswerTests : BotTestBase
{
    private const string Question = "When do the talks resume?";

    [Fact]
    public async Task A_Teams_answer_carries_the_AI_label_citations_and_feedback_buttons()
    {
        var posts = await SayAsync("msteams", "teams-chat-1", Question);

        var answer = SingleMessage(posts).Activity;
        Assert.Equal(ScriptedAnswerer.TalksAnswer.Text, (string?)answer["text"]);
        Assert.True((bool)answer["channelData"]!["feedbackLoopEnabled"]!);
        var entity = Assert.Single(answer["entities"]!.AsArray())!;
        Assert.Equal("https://schema.org/Message", (string?)entity["type"]);
        Assert.Equal("Message", (string?)entity["@type"]);
        Assert.Equal("https://schema.org", (string?)entity["@context"]);
        Assert.Equal(["AIGeneratedContent"], entity["additionalType"]!.AsArray().Select(v => (string?)v));
        var citations = entity["citation"]!.AsArray();
        Assert.Equal([1, 2], citations.Select(c => (int)c!["position"]!));
        var first = citations[0]!;
        Assert.Equal("Claim", (string?)first["@type"]);
        Assert.Equal("DigitalDocument", (string?)first["appearance"]!["@type"]);
        Assert.Equal("Kremlin says talks to resume", (string?)first["appearance"]!["name"]);
        Assert.Equal("https://en.wikinews.org/wiki/Kremlin_says_talks_to_resume", (string?)first["appearance"]!["url"]);
        var passagePreview = (string)first["appearance"]!["abstract"]!;
        Assert.True(passagePreview.Length <= 160, $"Teams takes at most 160 characters; got {passagePreview.Length}");
        Assert.StartsWith("Kremlin spokesman Dmitry Peskov said on Thursday that the talks would resume in May", passagePreview, StringComparison.Ordinal);
        Assert.EndsWith("…", passagePreview, StringComparison.Ordinal);
        Assert.Equal("The foreign ministry said the talks would be held in Geneva.", (string?)citations[1]!["appearance"]!["abstract"]);
    }

    [Fact]
    public async Task A_web_chat_answer_is_Markdown_followed_by_the_numbered_sources()
    {
        var posts = await SayAsync("webchat", "web-1", Question);

        var answer = SingleMessage(posts).Activity;
        Assert.Equal("markdown", (string?)answer["textFormat"]);
        Assert.Equal(
            ScriptedAnswerer.TalksAnswer.Text + "\n\n**Sources**\n\n" +
            "1. [Kremlin says talks to resume](https://en.wikinews.org/wiki/Kremlin_says_talks_to_resume), 2007-04-12, ¶3\n" +
            "2. [Geneva to host \\[new\\] talks](https://en.wikinews.org/wiki/Geneva_to_host_talks), 2007-04-20, ¶1",
            (string?)answer["text"]);
        Assert.Empty(answer["entities"]?.AsArray() ?? []);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    [InlineData("emulator")]
    public async Task The_typing_indicator_comes_before_the_answer(string channelId)
    {
        var posts = await SayAsync(channelId, $"{channelId}-typing", Question);

        Assert.Equal(["typing", "message"], posts.Select(post => post.Type));
        Assert.All(posts, post => Assert.NotNull(post.ReplyToId));
    }

    [Fact]
    public async Task A_follow_up_reaches_the_answerer_with_the_same_conversation_key_and_another_conversation_gets_its_own()
    {
        await SayAsync("msteams", "chat-a", Question);
        await SayAsync("msteams", "chat-a", "And who said so?");
        await SayAsync("msteams", "chat-b", Question);
        await SayAsync("webchat", "chat-a", Question);

        var keys = Bot.Answerer.Asked.Select(asked => asked.ConversationKey).ToList();
        Assert.Equal(["msteams/chat-a", "msteams/chat-a", "msteams/chat-b", "webchat/chat-a"], keys);
        Assert.Equal("And who said so?", Bot.Answerer.Asked[1].Question);
    }

    [Fact]
    public async Task A_date_set_with_as_of_is_used_for_the_follow_ups_of_that_conversation_only()
    {
        var confirmation = SingleMessage(await SayAsync("webchat", "dated", "as of 2007-05-01"));
        await SayAsync("webchat", "dated", Question);
        await SayAsync("webchat", "undated", Question);
        await SayAsync("webchat", "dated", "as of today");
        await SayAsync("webchat", "dated", Question);

        Assert.Equal("From now on I answer as of 2007-05-01 in this conversation. Type **as of today** to undo it.", confirmation.Text);
        Assert.Equal([new DateOnly(2007, 5, 1), null, null], Bot.Answerer.Asked.Select(asked => asked.AsOf));
    }

    [Fact]
    public async Task An_unreadable_as_of_date_is_explained()
    {
        var reply = SingleMessage(await SayAsync("webchat", "dates", "as of last May"));

        Assert.Equal("\"last May\" is not a date I can use. Write it as YYYY-MM-DD, e.g. **as of 2007-05-01**, or **as of today** to answer as of now.", reply.Text);
        Assert.Empty(Bot.Answerer.Asked);
    }

    [Fact]
    public async Task An_empty_message_gets_a_reply_saying_what_to_type()
    {
        var posts = await SayAsync("webchat", "empty", "   ");

        Assert.Equal("Your message was empty. Type a question about the news, or **help** to see what I can do.", SingleMessage(posts).Text);
        Assert.Empty(Bot.Answerer.Asked);
    }

    [Fact]
    public async Task An_overlong_message_is_refused_with_the_limit()
    {
        var posts = await SayAsync("msteams", "long", new string('a', 1_001));

        Assert.Equal("Your message is 1,001 characters long; I can take at most 1,000. Please shorten it to the question itself.", SingleMessage(posts).Text);
        Assert.Empty(Bot.Answerer.Asked);
    }

    [Fact]
    public async Task A_message_of_exactly_the_limit_is_answered()
    {
        await SayAsync("webchat", "limit", new string('a', 1_000));

        Assert.Single(Bot.Answerer.Asked);
    }

    [Fact]
    public async Task An_attachment_without_text_gets_a_reply_asking_for_text()
    {
        var picture = new JsonArray(new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://example.org/photo.png", ["name"] = "photo.png" });

        var posts = await SayAsync("msteams", "attachment", null, picture);

        Assert.Equal("I can only read text, and your message had only attachments. Type your question as text.", SingleMessage(posts).Text);
        Assert.Empty(Bot.Answerer.Asked);
    }

    [Fact]
    public async Task Help_lists_what_the_bot_can_do()
    {
        var help = SingleMessage(await SayAsync("webchat", "help", "help")).Text!;

        Assert.StartsWith("**What I can do**", help, StringComparison.Ordinal);
        Assert.Contains("as of 2007-05-01", help, StringComparison.Ordinal);
        Assert.Contains("up to 1,000 characters", help, StringComparison.Ordinal);
        Assert.Empty(Bot.Answerer.Asked);
    }

    [Fact]
    public async Task People_joining_a_conversation_are_welcomed_once()
    {
        using var response = await Bot.PostAsync(Activities.MembersAdded(Channel, "webchat", "welcome"));

        var welcome = SingleMessage(Channel.PostsIn("welcome"));
        Assert.StartsWith("Hello! I'm NewsBot.", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_answer_tells_the_user_and_starts_the_conversation_afresh()
    {
        await SayAsync("webchat", "broken", "as of 2007-05-01");
        Bot.Answerer.Failure = new InvalidOperationException("the index is gone");

        var failed = await SayAsync("webchat", "broken", Question);
        Bot.Answerer.Failure = null;
        await SayAsync("webchat", "broken", Question);

        Assert.Equal(BotTextsSomethingWentWrong, SingleMessage(failed).Text);
        Assert.Equal([new DateOnly(2007, 5, 1), null], Bot.Answerer.Asked.Select(asked => asked.AsOf));
        Assert.Contains(Bot.Log.Lines, line => line.Level == LogLevel.Error && line.Text.StartsWith("Turn failed on channel webchat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_log_never_carries_the_question_or_the_answer_at_information_level()
    {
        const string secretQuestion = "What did the whistleblower Jane Roe tell the committee?";

        await SayAsync("webchat", "private", secretQuestion);

        var informationLines = Bot.Log.Lines.Where(line => line.Level >= LogLevel.Information).Select(line => line.Text).ToList();
        Assert.Contains(informationLines, line => line.StartsWith("Answered on channel webchat", StringComparison.Ordinal));
        Assert.DoesNotContain(informationLines, line => line.Contains("Jane Roe", StringComparison.Ordinal) || line.Contains("Peskov", StringComparison.Ordinal));
    }

    private const string BotTextsSomethingWentWrong =
        "Sorry, something went wrong on my side and I could not finish answering. Please ask again; I have started this conversation afresh, so repeat any date you set with \"as of\".";
}
