using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Bot.Adapter;

/// <summary>
/// The SDK's authentication, with every token it refuses refused as unauthorized. The CloudAdapter answers 401 only
/// for <see cref="UnauthorizedAccessException"/>; a token that claims the Bot Service as issuer but is signed with a
/// key the Bot Service does not publish, or is no JWT at all, fails inside the SDK with a
/// <see cref="SecurityTokenException"/> or an <see cref="ArgumentException"/> instead, which would end the request
/// with a 500 and an unhandled-exception log line for every forged request.
/// </summary>
internal sealed class BadTokensAreUnauthorized(BotFrameworkAuthentication inner) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is SecurityTokenException or ArgumentException)
        {
            throw Unauthorized(error);
        }
    }

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is SecurityTokenException or ArgumentException)
        {
            throw Unauthorized(error);
        }
    }

    public override async Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is SecurityTokenException or ArgumentException)
        {
            throw Unauthorized(error);
        }
    }

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) => inner.CreateConnectorFactory(claimsIdentity);

    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken);

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    private static UnauthorizedAccessException Unauthorized(Exception error) =>
        new($"The request's token was refused: {error.GetType().Name}.", error);
}
