using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace NewsBot.Bot.Feedback;

/// <summary>
/// The value of Teams' <c>message/submitAction</c> invoke when a user presses thumbs up or down on an answer:
/// <c>{ actionName: "feedback", actionValue: { reaction: "like"|"dislike", feedback: "{\"feedbackText\":\"…\"}" } }</c>.
/// The comment arrives as a JSON string inside the JSON; older clients send the text itself.
/// </summary>
public sealed record FeedbackSubmission(FeedbackReaction Reaction, string? Comment)
{
    public const string ActionName = "feedback";

    /// <returns>The submission, or null with <paramref name="problem"/> saying what was wrong.</returns>
    public static FeedbackSubmission? Read(object? invokeValue, out string problem)
    {
        problem = string.Empty;
        var value = invokeValue as JObject ?? (invokeValue is null ? null : JObject.FromObject(invokeValue));
        var actionName = value?.Value<string>("actionName");
        if (!string.Equals(actionName, ActionName, StringComparison.Ordinal))
        {
            problem = $"NewsBot only takes the \"{ActionName}\" action here, not \"{actionName}\".";
            return null;
        }
        var actionValue = value!["actionValue"] as JObject;
        FeedbackReaction? reaction = actionValue?.Value<string>("reaction") switch
        {
            "like" => FeedbackReaction.Like,
            "dislike" => FeedbackReaction.Dislike,
            _ => null,
        };
        if (reaction is null)
        {
            problem = "Feedback needs a reaction of \"like\" or \"dislike\".";
            return null;
        }
        return new FeedbackSubmission(reaction.Value, ReadComment(actionValue!["feedback"]));
    }

    private static string? ReadComment(JToken? feedback)
    {
        if (feedback is JObject form)
        {
            return form.Value<string>("feedbackText");
        }
        var text = feedback?.Type == JTokenType.String ? feedback.Value<string>() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        try
        {
            return JToken.Parse(text) is JObject parsed ? parsed.Value<string>("feedbackText") : text;
        }
        catch (JsonReaderException)
        {
            return text;
        }
    }
}
