using NewsBot.Benchmarks.Reporting;

namespace NewsBot.Benchmarks.Tests;

public class MarkdownReportTests
{
    private readonly string report = MarkdownReport.Format(ReportFixture.TwoScales());

    [Fact]
    public void Each_target_shows_its_goal_and_pass_or_fail_at_every_scale()
    {
        Assert.Contains("| `ask` over HTTP, median | < 20 ms | ✅ 12.0 ms | ❌ 25.0 ms |", Lines());
        Assert.Contains("| indexing with quote extraction (`index`) | ≥ 2,000 articles/s | ✅ 2,100 articles/s | ❌ 1,900 articles/s |", Lines());
        Assert.Contains("| ready with an existing index | < 2 s | ✅ 1.30 s | ✅ 1.30 s |", Lines());
        Assert.Contains("| serving memory, private (RssAnon) | < 500 MB | ✅ 74 MB | ✅ 74 MB |", Lines());
    }

    [Fact]
    public void The_peers_figures_are_targets_for_the_comparable_newsbot_figures()
    {
        Assert.Contains("| search in process, median, vs Lucene Java 4.10 | ≤ 0.45 ms | ❌ 1.50 ms | ❌ 1.50 ms |", Lines());
        Assert.Contains("| search in process, median, vs SQLite FTS5 | ≤ 5 ms | ✅ 1.50 ms | ✅ 1.50 ms |", Lines());
    }

    [Fact]
    public void The_ranking_alone_is_held_to_the_bare_top_ten_peer_and_shown_beside_the_whole_search()
    {
        Assert.Contains("| search ranking only, in process, median, vs Lucene Java 4.10 | ≤ 0.45 ms | ✅ 0.400 ms | ✅ 0.400 ms |", Lines());
        Assert.Contains("| search ranking only, in process, p99, vs Lucene Java 4.10 | ≤ 1.0 ms | ❌ 1.20 ms | ❌ 1.20 ms |", Lines());
        Assert.Contains("| search ranking only (top 10, ids from doc values), in process | 0.400 / 1.20 ms | 0.400 / 1.20 ms |", Lines());
    }

    [Fact]
    public void Each_indexing_measurement_says_how_many_runs_its_median_is_of()
    {
        Assert.Contains("| `index` with quote extraction: runs (the median shown) | 3 | 1 |", Lines());
        Assert.Contains("| SQLite FTS5: runs (the median shown) | 1 | 1 |", Lines());
        Assert.Contains("is run 3 times and the run of median", report);
    }

    [Fact]
    public void Latency_cells_show_the_median_then_the_p99()
    {
        Assert.Contains("| `POST /api/ask` | 12.0 / 80.0 ms | 25.0 / 80.0 ms |", Lines());
        Assert.Contains("| quotes by speaker (top 10), in process | 0.200 / 0.900 ms | 0.200 / 0.900 ms |", Lines());
    }

    [Fact]
    public void A_latency_figure_cut_short_by_the_time_budget_says_how_many_requests_it_measured()
    {
        Assert.Contains("| SQLite FTS5 bm25() top 10, in process | 3.00 / 12.0 ms | 3.00 / 12.0 ms (200 requests) |", Lines());
    }

    [Fact]
    public void Newsbot_is_compared_with_sqlite_from_the_same_run_as_ratios()
    {
        Assert.Contains("| search median (lower is faster) | 0.50× | 0.50× |", Lines());
        Assert.Contains("| indexing articles/s, passages only | 0.50× | 0.50× |", Lines());
    }

    [Fact]
    public void Newsbot_is_compared_with_bare_lucene_net_from_the_same_run_as_ratios()
    {
        Assert.Contains("| indexing articles/s, passages only (NewsBot: two writer threads; bare: one thread) | 1.11× | 1.11× |", Lines());
        Assert.Contains("| search ranking only, median (lower is faster) | 2.00× | 2.00× |", Lines());
        Assert.Contains("| search ranking only, p99 (lower is faster) | 0.75× | 0.75× |", Lines());
        Assert.Contains("| bare Lucene.Net BM25 top 10 (the Lucene Java peer's shape), in process | 0.200 / 1.60 ms | 0.200 / 1.60 ms |", Lines());
        Assert.Contains("| bare Lucene.Net (the Lucene Java peer's shape, one thread): articles/s | 2,500 | 2,500 |", Lines());
    }

    [Fact]
    public void Failed_requests_in_a_throughput_run_are_shown_beside_its_rate()
    {
        Assert.Contains("| `POST /api/ask`, 16 clients | 90.0 (5 failed) | 90.0 (5 failed) |", Lines());
    }

    [Fact]
    public void Serving_memory_is_given_as_resident_and_private_apart()
    {
        Assert.Contains("| VmRSS after the latency run | 204 MB | 204 MB |", Lines());
        Assert.Contains("| of which RssAnon (private: heap, stacks) | 74 MB | 74 MB |", Lines());
    }

    [Fact]
    public void The_report_says_the_corpus_was_multiplied_and_the_rate_limit_raised()
    {
        Assert.Contains("**multiplied** 1×, 10×: copy k of each article has the id suffix `-copyk` and a date k days earlier", report, StringComparison.Ordinal);
        Assert.Contains("`--ApiLimits:RequestsPerMinute=1000000`", report, StringComparison.Ordinal);
        Assert.Contains("![How the figures grow with the archive](scaling.svg)", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_table_row_has_as_many_cells_as_its_header()
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in Lines())
        {
            if (line.StartsWith('|'))
            {
                (current ??= []).Add(line);
            }
            else if (current is not null)
            {
                tables.Add(current);
                current = null;
            }
        }
        Assert.True(tables.Count >= 7);
        Assert.All(tables, table => Assert.All(table, row => Assert.Equal(table[0].Count(c => c == '|'), row.Count(c => c == '|'))));
    }

    private string[] Lines() => report.Split('\n');
}
