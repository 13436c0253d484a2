using System.Net;
using System.Text.Json.Nodes;
using NewsBot.Bot.Feedback;

namespace NewsBot.Bot.Tests.Channel;

public sealed class FeedbackTests : BotTestBase
{
    [Fact]
    public async Task Thumbs_down_with_a_comment_is_stored_with_the_question_answer_and_citations()
    {
        var answer = SingleMessage(await SayAsync("msteams", "rated", "When do the talks resume?"));
        var replyId = $"reply-{Channel.Posts.Count}";

        using var response = await Bot.PostAsync(Activities.Invoke(Channel, "rated", "message/submitAction", Activities.Feedback("dislike", "The date is wrong"), replyId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var feedback = Assert.Single(await Bot.Feedback.ListFeedbackAsync(default));
        Assert.Equal(replyId, feedback.ReplyActivityId);
        Assert.Equal(FeedbackReaction.Dislike, feedback.Reaction);
        Assert.Equal("The date is wrong", feedback.Comment);
        Assert.NotNull(feedback.Answer);
        Assert.Equal("When do the talks resume?", feedback.Answer.Question);
        Assert.Equal((string?)answer.Activity["text"], feedback.Answer.AnswerText);
        Assert.Equal("msteams/rated", feedback.Answer.ConversationKey);
        Assert.Equal(ScriptedAnswerer.TalksAnswer.Citations, feedback.Answer.Citations);
    }

    [Fact]
    public async Task Feedback_on_several_answers_is_listed_oldest_first()
    {
        await SayAsync("msteams", "many", "first question");
        var firstReply = $"reply-{Channel.Posts.Count}";
        await SayAsync("msteams", "many", "second question");
        var secondReply = $"reply-{Channel.Posts.Count}";

        (await Bot.PostAsync(Activities.Invoke(Channel, "many", "message/submitAction", Activities.Feedback("like", null), secondReply))).Dispose();
        (await Bot.PostAsync(Activities.Invoke(Channel, "many", "message/submitAction", Activities.Feedback("dislike", null), firstReply))).Dispose();

        var listed = await Bot.Feedback.ListFeedbackAsync(default);
        Assert.Equal([("second question", FeedbackReaction.Like), ("first question", FeedbackReaction.Dislike)],
            listed.Select(f => (f.Answer!.Question, f.Reaction)));
        Assert.All(listed, f => Assert.Null(f.Comment));
    }

    [Fact]
    public async Task Feedback_without_a_reaction_is_refused_and_not_stored()
    {
        var value = new JsonObject { ["actionName"] = "feedback", ["actionValue"] = new JsonObject { ["reaction"] = "meh" } };

        using var response = await Bot.PostAsync(Activities.Invoke(Channel, "bad", "message/submitAction", value, "reply-1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Feedback needs a reaction of \"like\" or \"dislike\".", (string?)(await JsonNode.ParseAsync(await response.Content.ReadAsStreamAsync()))!["error"]);
        Assert.Empty(await Bot.Feedback.ListFeedbackAsync(default));
    }
}
