using System.CommandLine;
using NewsBot.Contracts;
using NewsBot.Hosting;
using NewsBot.Indexing;
using NewsBot.Ingestion;
using NewsBot.Quotes;
using Spectre.Console;

namespace NewsBot.CommandLine;

/// <summary>`index PATH...`: read files and folders into the index, with progress and a closing summary.</summary>
public static class IndexCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Files or folders (read recursively). Formats: {SupportedFormats.Summary}",
            Arity = ArgumentArity.OneOrMore,
        };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("index", "Add or update articles in the index") { paths, index, json };
        command.SetAction((parse, cancellationToken) => Task.FromResult(
            Run(console, parse.GetValue(paths)!, parse.GetValue(index), parse.GetValue(json), cancellationToken)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, string? indexDirectory, bool json, CancellationToken cancellationToken)
    {
        var settings = CliSettings.Load(indexDirectory);
        return IndexAccess.With(console, settings, index =>
        {
            var indexer = new ArchiveIndexer(index, NewsBotServiceExtensions.CreateReader(settings), new QuoteExtractor(), settings.ArticlesPerCommit);
            var summary = console.Interactive && !json
                ? WithProgressBar(console, progress => indexer.Run(paths, progress, cancellationToken))
                : indexer.Run(paths, new ProgressLines(console.Error, TimeSpan.FromSeconds(2)), cancellationToken);
            foreach (var problem in summary.Problems)
            {
                console.Error.WriteLine($"rejected: {problem}");
            }
            if (json)
            {
                console.WriteJson(IndexingReport.From(summary));
            }
            else
            {
                WriteSummary(console, summary);
            }
            return summary.Rejected > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
    }

    private static IndexingSummary WithProgressBar(CliConsole console, Func<IProgress<IndexingProgress>, IndexingSummary> run) =>
        console.AnsiError.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("Reading files", maxValue: 1);
                return run(new Progress(task));
            });

    private static void WriteSummary(CliConsole console, IndexingSummary summary)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("added").AddColumn("updated").AddColumn("unchanged").AddColumn("rejected");
        table.AddRow($"{summary.Added}", $"{summary.Updated}", $"{summary.Unchanged}", $"{summary.Rejected}");
        console.Ansi.Write(table);
        if (summary.SkippedFiles > 0)
        {
            console.Output.WriteLine($"{summary.SkippedFiles} file(s) of other types in the folders were skipped.");
        }
    }

    /// <summary>Drives the Spectre progress bar (synchronous, so the bar never lags behind the work).</summary>
    private sealed class Progress(ProgressTask task) : IProgress<IndexingProgress>
    {
        public void Report(IndexingProgress value)
        {
            task.MaxValue = Math.Max(1, value.BytesTotal);
            task.Value = value.BytesDone;
            task.Description = $"{value.Articles:N0} articles, {value.FilesDone:N0}/{value.FilesTotal:N0} files";
        }
    }

    /// <summary>Without a terminal (CI, pipes) a line now and then shows a long run is alive.</summary>
    private sealed class ProgressLines(TextWriter writer, TimeSpan interval) : IProgress<IndexingProgress>
    {
        private DateTime _next = DateTime.UtcNow + interval;

        public void Report(IndexingProgress value)
        {
            if (DateTime.UtcNow < _next)
            {
                return;
            }
            _next = DateTime.UtcNow + interval;
            writer.WriteLine($"progress: {value.Articles:N0} articles from {value.FilesDone:N0} of {value.FilesTotal:N0} files");
        }
    }
}
