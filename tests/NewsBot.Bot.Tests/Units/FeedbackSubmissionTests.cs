using Newtonsoft.Json.Linq;
using NewsBot.Bot.Feedback;

namespace NewsBot.Bot.Tests.Units;

public sealed class FeedbackSubmissionTests
{
    private static JObject Value(string reaction, JToken? feedback) => new()
    {
        ["actionName"] = "feedback",
        ["actionValue"] = new JObject { ["reaction"] = reaction, ["feedback"] = feedback },
    };

    [Fact]
    public void The_comment_Teams_sends_as_JSON_inside_a_string_is_unwrapped()
    {
        var submission = FeedbackSubmission.Read(Value("dislike", "{\"feedbackText\":\"Wrong year\"}"), out _);

        Assert.Equal(new FeedbackSubmission(FeedbackReaction.Dislike, "Wrong year"), submission);
    }

    [Fact]
    public void A_comment_sent_as_plain_text_is_kept_as_it_is()
    {
        var submission = FeedbackSubmission.Read(Value("like", "Helpful"), out _);

        Assert.Equal(new FeedbackSubmission(FeedbackReaction.Like, "Helpful"), submission);
    }

    [Fact]
    public void A_reaction_without_a_comment_has_no_comment()
    {
        Assert.Equal(new FeedbackSubmission(FeedbackReaction.Like, null), FeedbackSubmission.Read(Value("like", null), out _));
    }

    [Fact]
    public void Another_action_is_refused_with_its_name()
    {
        var value = new JObject { ["actionName"] = "share", ["actionValue"] = new JObject() };

        Assert.Null(FeedbackSubmission.Read(value, out var problem));
        Assert.Equal("NewsBot only takes the \"feedback\" action here, not \"share\".", problem);
    }
}
