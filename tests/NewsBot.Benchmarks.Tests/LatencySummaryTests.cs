using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Tests;

public class LatencySummaryTests
{
    [Fact]
    public void The_median_and_p99_of_one_to_a_hundred_milliseconds_are_fifty_and_ninety_nine()
    {
        var summary = LatencySummary.Of([.. Enumerable.Range(1, 100).Select(i => (double)i).Reverse()]);

        Assert.Equal(new LatencySummary(100, 50, 99), summary);
    }

    [Fact]
    public void The_p99_of_a_thousand_requests_is_the_tenth_slowest_request()
    {
        var random = new Random(7);
        var latencies = Enumerable.Range(1, 1000).Select(i => (double)i).OrderBy(_ => random.Next()).ToList();

        Assert.Equal(990, LatencySummary.Of(latencies).P99Ms);
    }

    [Fact]
    public void A_single_request_is_its_own_median_and_p99()
    {
        Assert.Equal(new LatencySummary(1, 4.2, 4.2), LatencySummary.Of([4.2]));
    }

    [Fact]
    public void Percentiles_are_latencies_that_were_measured_not_averages_between_two()
    {
        Assert.Equal(2, LatencySummary.Of([1, 2, 3, 4]).MedianMs);
    }

    [Fact]
    public void Summarising_no_latencies_is_refused_with_a_message_saying_to_measure_a_request()
    {
        var error = Assert.Throws<ArgumentException>(() => LatencySummary.Of([]));

        Assert.StartsWith("There are no latencies to summarise: measure at least one request.", error.Message, StringComparison.Ordinal);
    }
}
