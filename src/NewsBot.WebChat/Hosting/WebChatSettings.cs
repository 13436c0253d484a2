using System.ComponentModel.DataAnnotations;

namespace NewsBot.WebChat.Hosting;

/// <summary>Where the chat page finds its Direct Line, and the bounds of the local one. Section "WebChat".</summary>
public sealed class WebChatSettings
{
    public const string SectionName = "WebChat";

    /// <summary>
    /// The Direct Line API the page talks to, e.g. https://directline.botframework.com/v3/directline for Azure Bot
    /// Service. Empty (the default): this service's own Direct Line endpoints under /v3/directline.
    /// </summary>
    public string? DirectLineUrl { get; set; }

    /// <summary>
    /// The Direct Line channel's secret (Azure portal: the bot's Channels, Direct Line). Needed with
    /// <see cref="DirectLineUrl"/>: the service trades it for one conversation's token, so it never reaches a browser.
    /// </summary>
    public string? DirectLineSecret { get; set; }

    /// <summary>
    /// Where the bot sends its replies for the local Direct Line (the activities' serviceUrl). Empty (the default):
    /// the address this service listens on. Set it when that address cannot be reached from the service itself.
    /// </summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The local Direct Line keeps this many conversations in memory; a new one evicts the least recently used.</summary>
    [Range(1, 1_000_000)]
    public int MaxConversations { get; set; } = 1000;

    /// <summary>Activities kept per local conversation; older ones are dropped first.</summary>
    [Range(10, 100_000)]
    public int MaxActivitiesPerConversation { get; set; } = 500;

    /// <summary>How long a local conversation's token is valid; the client refreshes it (every 15 minutes).</summary>
    [Range(1, 24 * 60)]
    public int TokenLifetimeMinutes { get; set; } = 60;

    public bool UsesLocalDirectLine => string.IsNullOrWhiteSpace(DirectLineUrl);
}
