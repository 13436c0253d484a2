using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using NewsBot.Bot.Feedback;
using NewsBot.Bot.Hosting;
using NewsBot.Bot.Storage;

namespace NewsBot.CommandLine;

/// <summary>`feedback`: what readers flagged with the thumbs up or down in Teams, with the answer they judged.</summary>
public static class FeedbackCommand
{
    public static Command Create(CliConsole console)
    {
        var json = CommonOptions.Json();
        var index = CommonOptions.Index();
        var command = new Command("feedback", "List the feedback readers gave on answers (needs BotStorage:Redis)") { index, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var configuration = CliSettings.Configuration();
            using var services = new ServiceCollection().AddLogging().AddNewsBotBot(configuration).BuildServiceProvider();
            if (!services.GetRequiredService<IOptions<BotStorageSettings>>().Value.UsesRedis)
            {
                return console.Fail("Feedback lives in the service's memory until BotStorage:Redis is set, so only the running service sees it. " +
                    "Set BotStorage:Redis (environment BotStorage__Redis=host:port) for the service and this command, and feedback is kept and listed here.");
            }
            var records = await services.GetRequiredService<IFeedbackStore>().ListFeedbackAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                console.WriteJson(new { feedback = records });
                return ExitCodes.Success;
            }
            if (records.Count == 0)
            {
                console.Output.WriteLine("No feedback yet.");
            }
            foreach (var record in records)
            {
                var when = record.ReceivedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                console.Output.WriteLine($"{when} {record.Reaction.ToString().ToLowerInvariant()}{(record.Comment is { } c ? $": \"{c}\"" : "")}");
                if (record.Answer is { } answer)
                {
                    console.Output.WriteLine($"  question: {answer.Question}");
                    console.Output.WriteLine($"  answer:   {answer.AnswerText}");
                }
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
