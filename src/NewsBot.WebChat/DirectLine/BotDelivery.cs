using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using NewsBot.Bot.Adapter;

namespace NewsBot.WebChat.DirectLine;

/// <summary>
/// Hands the local Direct Line's activities to the bot exactly as Azure's Direct Line would: through the bot's
/// own adapter (<see cref="NewsBotAdapter"/>, through the same HTTP entry point as POST /api/messages, so it authenticates the request; with no app credentials configured
/// an unauthenticated one is accepted, as from the Emulator), with a serviceUrl pointing back at this service, so
/// the bot's replies arrive at <see cref="ConnectorEndpoints"/>. Turns run in the background, as on Azure: the
/// client's post returns at once and the replies come with its next poll.
/// </summary>
internal sealed class BotDelivery(
    IServiceProvider services,
    ServiceAddress serviceAddress,
    TimeProvider clock,
    IHostApplicationLifetime lifetime,
    ILogger<BotDelivery> logger)
{
    public const string ChannelId = Channels.Directline;

    public static ChannelAccount BotAccount { get; } = new(id: "newsbot", name: "NewsBot", role: RoleTypes.Bot);

    /// <summary>Stamps the activity as the channel's, keeps it in the conversation and starts the bot's turn.</summary>
    public Activity Deliver(LocalConversation conversation, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceAddress.Resolve();
        activity.Recipient = BotAccount;
        activity.From = new ChannelAccount(
            id: string.IsNullOrWhiteSpace(activity.From?.Id) ? conversation.UserId : activity.From.Id,
            name: activity.From?.Name,
            role: RoleTypes.User);
        conversation.Append(activity, clock.GetUtcNow());
        _ = Task.Run(() => RunTurnAsync(conversation, activity));
        return activity;
    }

    /// <summary>Tells the bot the conversation has begun (so it greets the user), as Direct Line does.</summary>
    public void Start(LocalConversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = clock.GetUtcNow(),
            ChannelId = ChannelId,
            ServiceUrl = serviceAddress.Resolve(),
            Conversation = new ConversationAccount(id: conversation.Id),
            From = new ChannelAccount(id: conversation.UserId, role: RoleTypes.User),
            Recipient = BotAccount,
            MembersAdded = [BotAccount, new ChannelAccount(id: conversation.UserId, role: RoleTypes.User)],
        };
        _ = Task.Run(() => RunTurnAsync(conversation, update));
    }

    private async Task RunTurnAsync(LocalConversation conversation, Activity activity)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await conversation.Turns.WaitAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            if (activity.ServiceUrl is null)
            {
                logger.NoServiceUrl();
                Say(conversation, "The chat cannot reach the bot: the service does not know its own address (set WebChat:ServiceUrl).");
                return;
            }
            var status = await PostToBotAsync(activity, stopping).ConfigureAwait(false);
            if (status == StatusCodes.Status401Unauthorized)
            {
                throw new UnauthorizedAccessException($"The bot's adapter refused the activity (HTTP {status}).");
            }
            if (status >= 400)
            {
                throw new InvalidOperationException($"The bot's adapter answered HTTP {status}.");
            }
        }
        catch (Exception error) when (!stopping.IsCancellationRequested)
        {
            logger.DeliveryFailed(error, activity.Type);
            var reason = error is UnauthorizedAccessException
                ? "The bot requires Azure Bot Service authentication (MicrosoftAppId is set), which the local Direct Line cannot give; set WebChat:DirectLineUrl to use Azure's."
                : "The bot could not take that message. Please try again.";
            Say(conversation, reason);
        }
        catch (Exception) when (stopping.IsCancellationRequested)
        {
            // The service is stopping; nobody is left to read a reply.
        }
        finally
        {
            conversation.Turns.Release();
        }
    }

    /// <summary>
    /// Delivers the activity as a request to the bot's messaging endpoint would, without an Authorization header:
    /// the adapter's own authentication decides, exactly as for POST /api/messages (with no app credentials
    /// configured it accepts the request, as from the Emulator; with them it answers 401).
    /// </summary>
    private async Task<int> PostToBotAsync(Activity activity, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity, DirectLineJson.Settings)));
        using var response = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Body = body;
        context.Response.Body = response;
        var adapter = services.GetRequiredService<IBotFrameworkHttpAdapter>();
        var bot = services.GetRequiredService<IBot>();
        await adapter.ProcessAsync(context.Request, context.Response, bot, cancellationToken).ConfigureAwait(false);
        return context.Response.StatusCode;
    }

    /// <summary>A message from the channel itself, so the user is never left waiting for a reply that cannot come.</summary>
    private void Say(LocalConversation conversation, string text)
    {
        var message = (Activity)Activity.CreateMessageActivity();
        message.Text = text;
        message.From = BotAccount;
        message.ChannelId = ChannelId;
        conversation.Append(message, clock.GetUtcNow());
    }
}
