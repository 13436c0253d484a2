using System.Xml.Linq;
using NewsBot.Benchmarks.Reporting;

namespace NewsBot.Benchmarks.Tests;

public class ScalingChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_results_chart_shows_indexing_latency_and_memory_against_archive_size()
    {
        var svg = XDocument.Parse(ScalingChart.Render(ReportFixture.TwoScales()));

        var titles = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("font-weight") == "bold").Select(t => t.Value);
        Assert.Equal(["Indexing speed", "Latency (median solid, p99 dashed)", "Size and memory"], titles);
        Assert.Contains(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("data-name") == "POST /api/ask p99");
        Assert.Contains(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("data-name") == "serving RssAnon (private)");
        Assert.Contains(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("data-name") == "bare Lucene.Net top 10");
        // Two scales: every series is a line through two points.
        Assert.All(svg.Descendants(Svg + "polyline"), line => Assert.Equal(2, ((string)line.Attribute("points")!).Split(' ').Length));
    }
}
