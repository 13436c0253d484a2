using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Extensions.Logging;
using NewsBot.Bot.Conversation;

namespace NewsBot.Bot.Adapter;

/// <summary>
/// The Bot Framework adapter: authenticates incoming requests with the SDK's own checks (see
/// <see cref="ConfigurationBotFrameworkAuthentication"/>) and, when a turn fails, logs it, tells the user,
/// and clears the conversation state so a broken state cannot fail every turn after it.
/// </summary>
public sealed class NewsBotAdapter : CloudAdapter
{
    public NewsBotAdapter(BotFrameworkAuthentication authentication, ConversationState conversationState, ILogger<NewsBotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = async (turnContext, error) =>
        {
            var channelId = turnContext.Activity.ChannelId;
            logger.TurnFailed(error, channelId, turnContext.Activity.Type);
            try
            {
                await turnContext.SendActivityAsync(BotTexts.SomethingWentWrong).ConfigureAwait(false);
                await conversationState.DeleteAsync(turnContext).ConfigureAwait(false);
            }
            catch (Exception followUpError) when (followUpError is not OperationCanceledException)
            {
                // The channel or the storage may be what failed the turn; the original error is already logged.
                logger.TurnFailureNotHandled(followUpError, channelId);
            }
        };
    }
}
