using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using NewsBot.WebChat.Hosting;

namespace NewsBot.WebChat.DirectLine;

/// <summary>
/// The serviceUrl stamped on activities of the local Direct Line: where the bot posts its replies. It is never
/// taken from a request (a Host header would let a caller send the bot's replies anywhere): either configured, or
/// the address this service listens on, with a wildcard host read as the loopback address.
/// </summary>
internal sealed class ServiceAddress(IOptions<WebChatSettings> settings, IServer server)
{
    public string? Resolve()
    {
        if (settings.Value.ServiceUrl is { } configured)
        {
            return WithSlash(configured.ToString());
        }
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        // Plain HTTP first: the loopback call then needs no certificate the process may not trust.
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault();
        if (address is null)
        {
            return null;
        }
        var uri = new UriBuilder(address.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }
        return WithSlash(uri.Uri.ToString());
    }

    private static string WithSlash(string url) => url.EndsWith('/') ? url : url + "/";
}
