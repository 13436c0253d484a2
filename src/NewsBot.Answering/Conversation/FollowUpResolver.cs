using NewsBot.Answering.Questions;

namespace NewsBot.Answering.Conversation;

/// <summary>
/// Completes a follow-up from the previous turn: "what else did he add?" takes the previous speaker,
/// "and Khomchak?" asks the previous question again about a new name. A question that stands on its own is kept.
/// </summary>
internal static class FollowUpResolver
{
    public static ParsedQuestion Resolve(QuestionReading reading, ConversationTurn? previous)
    {
        var question = reading.Question;
        if (previous is null || !reading.NeedsPreviousTurn)
        {
            return question;
        }
        var last = previous.Question;
        if (reading.AndAbout is { } name)
        {
            // The new name takes the role the old one had: speaker when the last question was about statements.
            var aboutSpeaker = last.Speaker is not null || last.Kind is QuestionKind.WhatDidSay;
            return last with
            {
                Text = question.Text,
                Speaker = aboutSpeaker ? name : last.Speaker,
                Entities = aboutSpeaker ? last.Entities : [.. last.Entities.Skip(1).Prepend(name)],
                Dates = question.Dates ?? last.Dates,
                WantsMore = false,
                IsFollowUp = true,
            };
        }
        // "What else did he add?" is about anything else he said; "what did he say about X?" names its own topic.
        var ownTopic = question.TopicWords.Count > 0 || question.Entities.Count > 0;
        return question with
        {
            Kind = question.Kind == QuestionKind.GeneralFact ? last.Kind : question.Kind,
            Speaker = last.Speaker,
            Entities = ownTopic ? question.Entities : question.WantsMore ? [] : last.Entities,
            TopicWords = ownTopic ? question.TopicWords : question.WantsMore ? [] : last.TopicWords,
            Dates = question.Dates ?? last.Dates,
            IsFollowUp = true,
        };
    }
}
