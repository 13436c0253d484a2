using System.CommandLine;
using Microsoft.Extensions.Options;
using NewsBot.Hosting;

namespace NewsBot.CommandLine;

/// <summary>`serve` (the default verb): run the bot service.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = "Addresses to listen on (default http://localhost:5000)", HelpName = "URL" };
        var index = CommonOptions.Index();
        var command = new Command("serve", "Run the bot service (the default when no verb is given)") { urls, index };
        // Extra tokens (--Archive:MaxFileMegabytes=128 and the like) are configuration for the web host.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((parse, cancellationToken) => RunAsync(parse, urls, index, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(ParseResult parse, Option<string?> urls, Option<string?> index, CancellationToken cancellationToken)
    {
        // Settings files live beside the program, not in whatever folder the user started it from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = parse.UnmatchedTokens.ToArray(),
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (parse.GetValue(index) is { } indexDirectory)
        {
            builder.Configuration[$"{ArchiveSettings.SectionName}:{nameof(ArchiveSettings.IndexDirectory)}"] = indexDirectory;
        }
        if (parse.GetValue(urls) is { } addresses)
        {
            builder.WebHost.UseUrls(addresses);
        }
        builder.AddNewsBotServices();
        try
        {
            // Building reads the request limits for the web server, so a bad one is refused here already.
            var app = builder.Build();
            app.UseApiProtection();
            app.MapNewsBotApi();
            // Checked here rather than by the host's start, which would first log its own failure with a stack
            // trace above the one line below.
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException error) when (error.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message} Is another NewsBot running? Choose another address with --urls.").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Exception error) when (SettingsFailures(error) is { Count: > 0 } failures)
        {
            // A setting that cannot work (a model provider without its endpoint, a Redis string that is not one):
            // the validators' own words say which and what to give.
            await Console.Error.WriteLineAsync($"error: the settings cannot start the service: {string.Join(" ", failures)}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        catch (Exception error) when (error is Index.IndexLockedException or Index.IndexCorruptedException)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
            return ExitCodes.UsageError;
        }
        return ExitCodes.Success;
    }

    /// <summary>What the settings validators said, for one section or (an AggregateException) several.</summary>
    private static List<string> SettingsFailures(Exception error) => error switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException several when several.InnerExceptions.All(e => e is OptionsValidationException) =>
            [.. several.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)],
        _ => [],
    };
}
