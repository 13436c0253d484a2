using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace NewsBot.WebChat.Page;

/// <summary>GET / (the chat page), its files under /webchat/, and POST /webchat/token (the page's conversation).</summary>
internal static class ChatPageEndpoints
{
    private static readonly string[] Files = ["chat.css", "chat.js", "webchat.js", "webchat.js.LICENSE.txt"];

    public static IEndpointRouteBuilder MapChatPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context) => PageAssets.Serve("index.html", context));
        foreach (var file in Files)
        {
            app.MapGet($"/webchat/{file}", (HttpContext context) => PageAssets.Serve(file, context));
        }
        app.MapPost("/webchat/token", CreateTokenAsync);
        return app;
    }

    private static async Task<IResult> CreateTokenAsync(ConversationTokens tokens, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            return Results.Ok(await tokens.CreateAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception error) when (error is DirectLineUnavailableException or HttpRequestException)
        {
            return Results.Problem(detail: error.Message, statusCode: StatusCodes.Status502BadGateway, title: "The chat service is not available");
        }
    }
}
