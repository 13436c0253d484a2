using System.Net;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using NewsBot.Bot.Adapter;
using NewsBot.Bot.Feedback;
using NewsBot.Bot.MessageExtension;
using NewsBot.Bot.Ports;
using NewsBot.Bot.Rendering;

namespace NewsBot.Bot.Conversation;

/// <summary>
/// Translates activities into calls on the answering layer and renders what comes back. It decides nothing about
/// news itself: questions go to <see cref="IQuestionAnswerer"/>, quote searches to <see cref="QuoteSearch"/>,
/// feedback to <see cref="IFeedbackStore"/>.
/// </summary>
public sealed class NewsBotActivityHandler : TeamsActivityHandler
{
    public const string SubmitActionInvokeName = "message/submitAction";

    private readonly IQuestionAnswerer _answerer;
    private readonly QuoteSearch _quoteSearch;
    private readonly IFeedbackStore _feedback;
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<ConversationContext> _context;
    private readonly TimeProvider _clock;
    private readonly ILogger<NewsBotActivityHandler> _logger;

    public NewsBotActivityHandler(
        IQuestionAnswerer answerer,
        QuoteSearch quoteSearch,
        IFeedbackStore feedback,
        ConversationState conversationState,
        TimeProvider clock,
        ILogger<NewsBotActivityHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _answerer = answerer;
        _quoteSearch = quoteSearch;
        _feedback = feedback;
        _conversationState = conversationState;
        _context = conversationState.CreateProperty<ConversationContext>(nameof(ConversationContext));
        _clock = clock;
        _logger = logger;
    }

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        // Saved after every turn (not only on success paths), as in the SDK samples; a failed turn never gets here,
        // and the adapter clears the state instead.
        await _conversationState.SaveChangesAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var channelId = turnContext.Activity.ChannelId;
        switch (IncomingMessage.Read(turnContext.Activity))
        {
            case IncomingMessage.Refused refused:
                _logger.MessageRefused(channelId, refused.Reason);
                await turnContext.SendActivityAsync(MessageFactory.Text(refused.Reply), cancellationToken).ConfigureAwait(false);
                break;
            case IncomingMessage.Help:
                await turnContext.SendActivityAsync(Markdown(BotTexts.Help), cancellationToken).ConfigureAwait(false);
                break;
            case IncomingMessage.SetAsOf setAsOf:
                var context = await ContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
                context.AsOf = setAsOf.Date;
                var reply = setAsOf.Date is { } date ? BotTexts.AsOfSet(date) : BotTexts.AsOfCleared;
                await turnContext.SendActivityAsync(Markdown(reply), cancellationToken).ConfigureAwait(false);
                break;
            case IncomingMessage.Question question:
                await AnswerAsync(turnContext, question.Text, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        // The bot is added too (and is told so); greet people only, once per update.
        if (membersAdded.Any(member => member.Id != turnContext.Activity.Recipient?.Id))
        {
            await turnContext.SendActivityAsync(Markdown(BotTexts.Welcome), cancellationToken).ConfigureAwait(false);
        }
    }

    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        // Bot Builder 4.23 has no handler of its own for the feedback buttons' invoke; everything else is the SDK's.
        if (string.Equals(turnContext.Activity.Name, SubmitActionInvokeName, StringComparison.Ordinal))
        {
            return await OnFeedbackAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        return await base.OnInvokeActivityAsync(turnContext, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<MessagingExtensionResponse> OnTeamsMessagingExtensionQueryAsync(ITurnContext<IInvokeActivity> turnContext, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        var response = await _quoteSearch.RunAsync(query, cancellationToken).ConfigureAwait(false);
        _logger.QuoteSearchAnswered(query?.CommandId, response.ComposeExtension.Type, response.ComposeExtension.Attachments?.Count ?? 0);
        return response;
    }

    private async Task AnswerAsync(ITurnContext<IMessageActivity> turnContext, string question, CancellationToken cancellationToken)
    {
        // Answers take a while (retrieval, then the model): show the user the bot is on it.
        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken).ConfigureAwait(false);

        var conversationKey = ConversationKey.For(turnContext.Activity);
        var context = await ContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var answer = await _answerer.AnswerAsync(question, conversationKey, context.AsOf, cancellationToken).ConfigureAwait(false);

        var sent = await turnContext.SendActivityAsync(AnswerRenderer.Render(answer, turnContext.Activity.ChannelId), cancellationToken).ConfigureAwait(false);
        _logger.Answered(turnContext.Activity.ChannelId, answer.Found, answer.Citations.Count, question.Length);

        context.LastQuestion = question;
        context.LastReplyId = sent?.Id;
        context.QuestionsAnswered++;
        if (!string.IsNullOrEmpty(sent?.Id))
        {
            await _feedback.RememberAnswerAsync(
                new SentAnswer(sent.Id, conversationKey, question, answer.Text, answer.Citations, answer.Found, _clock.GetUtcNow()),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<InvokeResponse> OnFeedbackAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var submission = FeedbackSubmission.Read(turnContext.Activity.Value, out var problem);
        var replyId = turnContext.Activity.ReplyToId;
        if (submission is not null && string.IsNullOrEmpty(replyId))
        {
            (submission, problem) = (null, "Feedback must name the answer it is about (replyToId).");
        }
        if (submission is null)
        {
            _logger.FeedbackRefused(problem);
            return new InvokeResponse { Status = (int)HttpStatusCode.BadRequest, Body = new JObject { ["error"] = problem } };
        }
        var record = await _feedback.AddFeedbackAsync(replyId!, submission.Reaction, submission.Comment, cancellationToken).ConfigureAwait(false);
        _logger.FeedbackStored(record.Reaction, record.ReplyActivityId, record.Answer is not null);
        return new InvokeResponse { Status = (int)HttpStatusCode.OK };
    }

    private Task<ConversationContext> ContextAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _context.GetAsync(turnContext, () => new ConversationContext(), cancellationToken);

    private static Activity Markdown(string text)
    {
        var message = (Activity)MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Markdown;
        return message;
    }
}
