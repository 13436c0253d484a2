namespace NewsBot.Tests;

/// <summary>A setting that cannot work stops the service at start, with the validators' own words, before it listens.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_writer_thread_count_out_of_range_stops_the_service_at_start_naming_the_setting()
    {
        using var serve = await ServeWith("--Archive:WriterThreads=0");

        AssertRefusedInOneLine(serve,
            "DataAnnotation validation failed for 'ArchiveSettings' members: " +
            "'WriterThreads' with the error: 'The field WriterThreads must be between 1 and 64.'.");
    }

    [Fact]
    public async Task Bad_settings_in_two_sections_are_all_named_in_one_error()
    {
        using var serve = await ServeWith("--Archive:WriterThreads=0", "--WebChat:MaxConversations=0");

        AssertRefusedInOneLine(serve, "");
        Assert.Contains("WriterThreads", serve.Error, StringComparison.Ordinal);
        Assert.Contains("MaxConversations", serve.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_limit_out_of_range_stops_the_service_with_the_same_one_line_error()
    {
        // The web server reads its limits while the app is built, before anything else is checked.
        using var serve = await ServeWith("--ApiLimits:RequestsPerMinute=0");

        AssertRefusedInOneLine(serve,
            "DataAnnotation validation failed for 'ApiLimitsSettings' members: " +
            "'RequestsPerMinute' with the error: 'The field RequestsPerMinute must be between 1 and 1000000.'.");
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Exit code 2 and the one-line settings error beginning with <paramref name="failures"/>, no stack trace above it.</summary>
    private static void AssertRefusedInOneLine(CliProcess serve, string failures)
    {
        Assert.Equal(2, serve.ExitCode);
        Assert.Contains("error: the settings cannot start the service: " + failures, serve.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", serve.Output + serve.Error, StringComparison.Ordinal);
    }

    /// <summary>`serve` on a free port and a fresh index with the given settings, run until it exits.</summary>
    private Task<CliProcess> ServeWith(params string[] settings) => CliProcess.RunAsync(
        TimeSpan.FromMinutes(2), ["serve", "--urls", "http://127.0.0.1:0", "--index", _temp.Sub("index"), .. settings]);
}
