namespace NewsBot.Benchmarks.Tests;

public sealed class BenchmarkOptionsTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Without_options_it_measures_the_published_app_on_one_ten_and_a_hundred_times_the_corpus_found_above_the_working_folder()
    {
        var corpus = folder.File("shared/corpus/articles.jsonl", "{}\n");
        var workingDirectory = folder.Sub("repo/src");
        Directory.CreateDirectory(workingDirectory);

        Assert.True(BenchmarkOptions.TryParse([], workingDirectory, out var options, out _));

        Assert.Equal([1, 10, 100], options.Scales);
        Assert.Equal(corpus, options.CorpusFile);
        Assert.Equal(5, options.Rounds);
        Assert.EndsWith(Path.Combine("src", "NewsBot.Benchmarks", "results"), options.OutputDirectory, StringComparison.Ordinal);
        // No app given: the benchmark publishes it, as deployed, from the repository it belongs to.
        Assert.Null(options.AppDll);
        Assert.True(File.Exists(Path.Combine(options.Repository!, "NewsBot.sln")));
    }

    [Fact]
    public void Scales_are_measured_smallest_first_and_each_once()
    {
        var corpus = folder.File("articles.jsonl", "{}\n");

        Assert.True(BenchmarkOptions.TryParse(["--scales", "100, 1,10,10", "--corpus", corpus], folder.Path, out var options, out _));

        Assert.Equal([1, 10, 100], options.Scales);
    }

    [Fact]
    public void Paths_are_taken_relative_to_the_working_folder()
    {
        folder.File("data/news.jsonl", "{}\n");

        Assert.True(BenchmarkOptions.TryParse(["--corpus", "data/news.jsonl", "--out", "out", "--work", "tmp"], folder.Path, out var options, out _));

        Assert.Equal(Path.Combine(folder.Path, "data", "news.jsonl"), options.CorpusFile);
        Assert.Equal(Path.Combine(folder.Path, "out"), options.OutputDirectory);
        Assert.Equal(Path.Combine(folder.Path, "tmp"), options.WorkDirectory);
    }

    [Theory]
    [InlineData("1,x")]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData(",")]
    public void A_scale_that_is_not_a_whole_number_from_1_to_1000_is_refused_with_an_example(string scales)
    {
        Assert.False(BenchmarkOptions.TryParse(["--scales", scales], folder.Path, out _, out var error));

        Assert.Equal($"--scales takes whole numbers from 1 to 1000 separated by commas, e.g. --scales 1,10,100; '{scales}' is not that.", error);
    }

    [Fact]
    public void An_unknown_option_is_named()
    {
        Assert.False(BenchmarkOptions.TryParse(["--scale", "1"], folder.Path, out _, out var error));

        Assert.Equal("--scale is not an option.", error);
    }

    [Fact]
    public void An_option_without_its_value_says_it_needs_one()
    {
        Assert.False(BenchmarkOptions.TryParse(["--rounds"], folder.Path, out _, out var error));

        Assert.Equal("--rounds needs a value.", error);
    }

    [Fact]
    public void Zero_rounds_are_refused()
    {
        Assert.False(BenchmarkOptions.TryParse(["--rounds", "0"], folder.Path, out _, out var error));

        Assert.Equal("--rounds takes a whole number from 1 to 100; '0' is not that.", error);
    }

    [Fact]
    public void A_corpus_that_does_not_exist_is_named_with_what_to_pass_instead()
    {
        Assert.False(BenchmarkOptions.TryParse(["--corpus", "missing.jsonl"], folder.Path, out _, out var error));

        Assert.Equal($"The corpus {Path.Combine(folder.Path, "missing.jsonl")} does not exist: pass --corpus with a JSON Lines file of articles.", error);
    }

    [Fact]
    public void An_app_that_does_not_exist_is_refused_before_anything_runs()
    {
        var corpus = folder.File("articles.jsonl", "{}\n");

        Assert.False(BenchmarkOptions.TryParse(["--corpus", corpus, "--app", "missing/NewsBot.dll"], folder.Path, out _, out var error));

        Assert.Equal($"The app {Path.Combine(folder.Path, "missing", "NewsBot.dll")} does not exist: pass --app with a built NewsBot.dll, or leave --app out to publish the app from the repository.", error);
    }

    public void Dispose() => folder.Dispose();
}
