using NewsBot.Benchmarks.Queries;

namespace NewsBot.Benchmarks.Tests;

public sealed class ChildVerbsTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Theory]
    [InlineData("--scales", "1", "--out")]
    [InlineData("latency-newsbot", "index", "queries.json")]
    public async Task Arguments_that_are_not_a_complete_child_verb_are_left_to_the_benchmark_options(string first, string second, string third)
    {
        Assert.Null(await ChildVerbs.RunAsync([first, second, third]));
    }

    [Fact]
    public void The_query_set_handed_to_a_child_is_the_one_the_parent_derived()
    {
        var file = Path.Combine(folder.Path, "queries.json");
        BenchmarkQuery[] queries = [new(1, "a1", "talks Kyiv", "Dmitry Peskov", "What did Dmitry Peskov say about Washington?")];

        ChildVerbs.WriteQueries(file, queries);

        Assert.Equal(["latency-sqlite", "db", file, "5"], ChildVerbs.LatencyArguments(ChildVerbs.LatencySqlite, "db", file, 5).Skip(1));
        Assert.Contains("\"Speaker\":\"Dmitry Peskov\"", File.ReadAllText(file), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
