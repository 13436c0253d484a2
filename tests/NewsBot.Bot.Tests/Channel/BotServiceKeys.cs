using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace NewsBot.Bot.Tests.Channel;

/// <summary>
/// Plays the Bot Service's token side on a loopback HTTPS port: the OpenID metadata and signing keys the bot checks
/// channel tokens against (the bot is pointed here with the SDK's own ToBotFromChannelOpenIdMetadataUrl setting), and
/// tokens signed with the published key or with a key of the test's own. The SDK fetches the metadata over HTTPS with
/// its own HttpClient, so the loopback certificate is trusted through the current user's root store (which .NET on
/// Linux honours) for the lifetime of this object.
/// </summary>
public sealed class BotServiceKeys : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    public const string AppId = "00000000-0000-0000-0000-000000000001";
    private const string PublishedKeyId = "bot-service-key";
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] EndorsedChannels = ["msteams", "webchat"];

    private readonly RSA _publishedKey = RSA.Create(2048);
    private readonly X509Certificate2 _trustedCertificate;
    private readonly WebApplication _app;

    private BotServiceKeys(WebApplication app, X509Certificate2 trustedCertificate)
    {
        _app = app;
        _trustedCertificate = trustedCertificate;
    }

    public string MetadataUrl { get; private set; } = string.Empty;

    /// <summary>The bot's settings: app credentials, and the Bot Service endpoints pointed here.</summary>
    public IDictionary<string, string?> BotSettings => new Dictionary<string, string?>
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = "not-a-real-secret",
        ["ToBotFromChannelTokenIssuer"] = Issuer,
        ["ToBotFromChannelOpenIdMetadataUrl"] = MetadataUrl,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = MetadataUrl,
        ["ToChannelFromBotLoginUrl"] = MetadataUrl.Replace("/v1/.well-known/openidconfiguration", "/botframework.com", StringComparison.Ordinal),
        ["ToChannelFromBotOAuthScope"] = Issuer,
        ["OAuthUrl"] = MetadataUrl.Replace("/v1/.well-known/openidconfiguration", "", StringComparison.Ordinal),
        ["ValidateAuthority"] = "false",
    };

    public static async Task<BotServiceKeys> StartAsync()
    {
        using var certificateKey = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", certificateKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        var trusted = X509CertificateLoader.LoadCertificate(certificate.RawData);
        using (var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            roots.Open(OpenFlags.ReadWrite);
            roots.Add(trusted);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var keys = new BotServiceKeys(app, trusted);
        app.MapGet("/v1/.well-known/openidconfiguration", (HttpRequest http) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"https://{http.Host}/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        }));
        app.MapGet("/v1/.well-known/keys", () => Results.Json(new { keys = new[] { keys.PublishedJwk() } }));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        keys.MetadataUrl = address.TrimEnd('/') + "/v1/.well-known/openidconfiguration";
        return keys;
    }

    /// <summary>A token as the Bot Service issues it for a message to this bot from <paramref name="serviceUrl"/>.</summary>
    public string GenuineToken(string serviceUrl) => Token(new RsaSecurityKey(_publishedKey) { KeyId = PublishedKeyId }, AppId, serviceUrl);

    /// <summary>A token that names the Bot Service's key and issuer but is signed with a key of its own.</summary>
    public static string ForgedToken(string serviceUrl)
    {
        using var forgerKey = RSA.Create(2048);
        return Token(new RsaSecurityKey(forgerKey) { KeyId = PublishedKeyId }, AppId, serviceUrl);
    }

    /// <summary>A genuine token, but issued for another bot.</summary>
    public string TokenForAnotherBot(string serviceUrl) =>
        Token(new RsaSecurityKey(_publishedKey) { KeyId = PublishedKeyId }, "00000000-0000-0000-0000-000000000002", serviceUrl);

    private static string Token(RsaSecurityKey key, string audience, string serviceUrl) =>
        new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            issuer: Issuer,
            audience: audience,
            claims: [new Claim("serviceurl", serviceUrl)],
            notBefore: DateTime.UtcNow.AddMinutes(-1),
            expires: DateTime.UtcNow.AddMinutes(10),
            signingCredentials: new SigningCredentials(key, SecurityAlgorithms.RsaSha256)));

    /// <summary>The published key with the channels it is endorsed for, as the Bot Service lists its keys.</summary>
    private Dictionary<string, object> PublishedJwk()
    {
        var parameters = _publishedKey.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = PublishedKeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = EndorsedChannels,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        using (var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            roots.Open(OpenFlags.ReadWrite);
            roots.Remove(_trustedCertificate);
        }
        _trustedCertificate.Dispose();
        _publishedKey.Dispose();
    }
}
