using System.Globalization;

namespace NewsBot.Benchmarks;

/// <summary>What to measure, on which corpus, and where the results and the temporary files go.</summary>
internal sealed record BenchmarkOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project src/NewsBot.Benchmarks -- [options]
          --scales LIST   corpus multiples to measure, e.g. 1,10,100 (default 1,10,100; 1 is the quick mode)
          --corpus FILE   the JSON Lines corpus (default: shared/corpus/articles.jsonl, found upwards from here)
          --out DIR       where results.md, results.json, scaling.svg and queries.tsv go
                          (default: src/NewsBot.Benchmarks/results in the repository)
          --work DIR      where the multiplied corpus and the indexes go (default: a new folder under the temp folder,
                          deleted at the end); needs about 6 GB free at scale 100
          --rounds N      timed passes over the query set per latency figure (default 5: 1,000 requests)
          --seconds N     how long each throughput run lasts (default 3)
          --app FILE      a built NewsBot.dll to measure (default: the app published from this repository as it
                          is deployed, Release and ReadyToRun, into the work folder)
        """;

    public const int MaximumScale = 1000;

    public required IReadOnlyList<int> Scales { get; init; }
    public required string CorpusFile { get; init; }
    public required string OutputDirectory { get; init; }
    public string? WorkDirectory { get; init; }
    public int Rounds { get; init; } = 5;
    public int ThroughputSeconds { get; init; } = 3;
    /// <summary>The app to measure; null: publish it from <see cref="Repository"/> first (<see cref="AppPublisher"/>).</summary>
    public string? AppDll { get; init; }

    /// <summary>The repository holding NewsBot.sln, where the app is published from; null when not found.</summary>
    public string? Repository { get; init; }

    /// <summary>
    /// Reads the command line. Paths default to the repository's layout, found upwards from
    /// <paramref name="workingDirectory"/> (the corpus) and from the program's folder (the repository).
    /// </summary>
    public static bool TryParse(IReadOnlyList<string> args, string workingDirectory, out BenchmarkOptions options, out string error)
    {
        options = null!;
        IReadOnlyList<int> scales = [1, 10, 100];
        string? corpus = null, output = null, work = null, app = null;
        int rounds = 5, seconds = 3;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count || !name.StartsWith("--", StringComparison.Ordinal))
            {
                error = name.StartsWith("--", StringComparison.Ordinal) ? $"{name} needs a value." : $"'{name}' is not an option.";
                return false;
            }
            var value = args[++i];
            switch (name)
            {
                case "--scales" when TryParseScales(value, out var parsed):
                    scales = parsed;
                    break;
                case "--scales":
                    error = $"--scales takes whole numbers from 1 to {MaximumScale} separated by commas, e.g. --scales 1,10,100; '{value}' is not that.";
                    return false;
                case "--corpus":
                    corpus = Path.GetFullPath(value, workingDirectory);
                    break;
                case "--out":
                    output = Path.GetFullPath(value, workingDirectory);
                    break;
                case "--work":
                    work = Path.GetFullPath(value, workingDirectory);
                    break;
                case "--app":
                    app = Path.GetFullPath(value, workingDirectory);
                    break;
                case "--rounds" when TryParseCount(value, 1, 100, out rounds):
                case "--seconds" when TryParseCount(value, 1, 600, out seconds):
                    break;
                case "--rounds":
                    error = $"--rounds takes a whole number from 1 to 100; '{value}' is not that.";
                    return false;
                case "--seconds":
                    error = $"--seconds takes a whole number from 1 to 600; '{value}' is not that.";
                    return false;
                default:
                    error = $"{name} is not an option.";
                    return false;
            }
        }
        corpus ??= RepositoryLayout.FindCorpus(workingDirectory);
        if (corpus is null || !File.Exists(corpus))
        {
            error = corpus is null
                ? $"The corpus (shared/corpus/articles.jsonl) was not found in {workingDirectory} or any folder above it: pass --corpus FILE."
                : $"The corpus {corpus} does not exist: pass --corpus with a JSON Lines file of articles.";
            return false;
        }
        var repository = RepositoryLayout.FindRepository(AppContext.BaseDirectory) ?? RepositoryLayout.FindRepository(workingDirectory);
        output ??= repository is null ? null : Path.Combine(repository, "src", "NewsBot.Benchmarks", "results");
        if (app is not null && !File.Exists(app))
        {
            error = $"The app {app} does not exist: pass --app with a built NewsBot.dll, or leave --app out to publish the app from the repository.";
            return false;
        }
        if (output is null || (app is null && repository is null))
        {
            error = "The repository (a folder holding NewsBot.sln) was not found above the program: pass --out DIR and --app FILE.";
            return false;
        }
        options = new BenchmarkOptions
        {
            Scales = scales, CorpusFile = corpus, OutputDirectory = output, WorkDirectory = work,
            Rounds = rounds, ThroughputSeconds = seconds, AppDll = app, Repository = repository,
        };
        error = "";
        return true;
    }

    private static bool TryParseScales(string text, out IReadOnlyList<int> scales)
    {
        var parsed = new SortedSet<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var scale) || scale is < 1 or > MaximumScale)
            {
                scales = [];
                return false;
            }
            parsed.Add(scale);
        }
        scales = [.. parsed];
        return parsed.Count > 0;
    }

    private static bool TryParseCount(string text, int minimum, int maximum, out int count) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count) && count >= minimum && count <= maximum;
}
