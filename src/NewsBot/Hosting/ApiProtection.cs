using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace NewsBot.Hosting;

/// <summary>
/// Request size limits, per-client rate limits, and JSON problem documents for every error status, so a client
/// always learns what was wrong in the same shape whatever refused it.
/// </summary>
public static class ApiProtection
{
    public static IHostApplicationBuilder AddApiProtection(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApiLimitsSettings>()
            .BindConfiguration(ApiLimitsSettings.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IOptions<ApiLimitsSettings>>((kestrel, limits) =>
                kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyKilobytes * 1024L);
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiLimitsSettings>>((options, limits) =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context.Request.Path)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.Value.RequestsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("unlimited"));
            options.OnRejected = (rejected, cancellationToken) =>
            {
                rejected.HttpContext.Response.Headers.RetryAfter = "60";
                return new ValueTask(Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: string.Create(CultureInfo.InvariantCulture, $"This client sent more than {limits.Value.RequestsPerMinute} requests in a minute. Wait a minute and try again."))
                    .ExecuteAsync(rejected.HttpContext));
            };
        });
        builder.Services.AddRateLimiter(_ => { });
        return builder;
    }

    public static WebApplication UseApiProtection(this WebApplication app)
    {
        app.UseStatusCodePages(context => WriteProblemAsync(context.HttpContext));
        // Kestrel enforces the limit while a body streams in; a declared length over it is refused before reading.
        app.Use((context, next) =>
        {
            var limit = context.RequestServices.GetRequiredService<IOptions<ApiLimitsSettings>>().Value.MaxRequestBodyKilobytes * 1024L;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }
            return next(context);
        });
        app.UseRateLimiter();
        return app;
    }

    private static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/api") && !path.StartsWithSegments("/api/messages");

    /// <summary>An error status with no body of its own (413, 404, 405 …) gets a problem document saying what happened.</summary>
    private static Task WriteProblemAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var detail = status switch
        {
            StatusCodes.Status413PayloadTooLarge => string.Create(CultureInfo.InvariantCulture,
                $"The request body is over the limit of {context.RequestServices.GetRequiredService<IOptions<ApiLimitsSettings>>().Value.MaxRequestBodyKilobytes} KB. Send less."),
            StatusCodes.Status400BadRequest when context.Request.Path.StartsWithSegments("/api/messages") =>
                "The body is not a Bot Framework activity: send the activity as JSON, as a channel or the Bot Framework Emulator does.",
            StatusCodes.Status400BadRequest => "The request could not be read: check that its body is JSON of the documented shape (/openapi/v1.json).",
            StatusCodes.Status404NotFound => $"There is nothing at {context.Request.Path}. The API is under /api (ask, search, quotes, find) and the bot at /api/messages.",
            StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not accepted at {context.Request.Path}.",
            _ => null,
        };
        return Results.Problem(statusCode: status, detail: detail).ExecuteAsync(context);
    }
}
