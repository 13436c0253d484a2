using NewsBot.Benchmarks.Indexing;
using NewsBot.Benchmarks.Reporting;

namespace NewsBot.Benchmarks.Tests;

public class IndexingRunsTests
{
    [Fact]
    public void Of_three_runs_the_one_of_median_time_is_reported_with_its_own_memory_and_size()
    {
        IndexingFigures[] runs =
        [
            new(10.0, 553, 1.2, 300_000_000, 26_000_000),
            new(8.0, 691, 1.5, 310_000_000, 27_000_000),
            new(12.5, 442, 1.0, 290_000_000, 25_000_000),
        ];

        Assert.Equal(new IndexingFigures(10.0, 553, 1.2, 300_000_000, 26_000_000, Runs: 3), IndexingRuns.Median(runs));
    }

    [Fact]
    public void A_single_run_is_reported_as_it_is()
    {
        var run = new IndexingFigures(305.0, 1_812, 3.97, 2_550_000_000, 2_433_000_000);

        Assert.Equal(run, IndexingRuns.Median([run]));
    }
}
