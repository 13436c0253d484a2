using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace NewsBot.WebChat.Page;

/// <summary>
/// The page's files, embedded in this assembly: the page itself and Microsoft's Web Chat bundle (installed from npm
/// by the build). Each is read once; the 4 MB bundle is also kept gzipped, which browsers take at a quarter of the size.
/// </summary>
internal static class PageAssets
{
    private const string ResourcePrefix = "NewsBot.WebChat.Assets.";

    private static readonly ConcurrentDictionary<string, Asset> Cache = new(StringComparer.Ordinal);

    public static IResult Serve(string name, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var asset = Cache.GetOrAdd(name, Load);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = name.EndsWith(".html", StringComparison.Ordinal) ? "no-cache" : "public, max-age=3600";
        headers.Vary = HeaderNames.AcceptEncoding;
        var acceptsGzip = context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase);
        if (acceptsGzip && asset.Gzipped is { } gzipped)
        {
            headers.ContentEncoding = "gzip";
            return Results.Bytes(gzipped, asset.ContentType);
        }
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static Asset Load(string name)
    {
        using var stream = typeof(PageAssets).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The page file {name} is not in the assembly; was npm ci run by the build?");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var content = copy.ToArray();
        return new Asset(content, ContentTypeOf(name), content.Length > 64 * 1024 ? Gzip(content) : null);
    }

    private static byte[] Gzip(byte[] content)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal))
        {
            gzip.Write(content);
        }
        return compressed.ToArray();
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    private sealed record Asset(byte[] Content, string ContentType, byte[]? Gzipped);
}
