using Microsoft.Extensions.Options;
using NewsBot.Answering;

namespace NewsBot.CommandLine;

/// <summary>
/// The answering layer for one command, composed exactly as the service composes it (same registrations, same
/// configuration, same validation), over an index the command has opened.
/// </summary>
public static class AnsweringAccess
{
    public static int With(CliConsole console, string? indexDirectory, Func<IServiceProvider, int> work)
    {
        var configuration = CliSettings.Configuration();
        return IndexAccess.With(console, CliSettings.Load(configuration, indexDirectory), index =>
        {
            var services = new ServiceCollection()
                .AddLogging()
                .AddNewsBotAnswering(index, configuration); // the index is owned by IndexAccess, which disposes it after the command
            using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
            try
            {
                return work(provider);
            }
            catch (OptionsValidationException error)
            {
                return console.Fail(string.Join(" ", error.Failures));
            }
        });
    }
}
