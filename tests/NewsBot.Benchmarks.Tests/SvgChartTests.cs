using System.Globalization;
using System.Xml.Linq;
using NewsBot.Benchmarks.Reporting;

namespace NewsBot.Benchmarks.Tests;

public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly ChartPanel Speed = new("Indexing speed", "articles/s", LogY: false,
    [
        new ChartSeries("with extraction", [new(5_527, 700), new(55_270, 650), new(552_700, 600)]),
        new ChartSeries("SQLite FTS5", [new(5_527, 14_000), new(55_270, 13_000), new(552_700, 12_000)]),
    ]);

    private static readonly ChartPanel Latency = new("Latency", "ms", LogY: true,
    [
        new ChartSeries("ask", [new(5_527, 4), new(55_270, 9), new(552_700, 30)]),
        new ChartSeries("ask p99", [new(5_527, 20), new(55_270, 0), new(552_700, 90)], Dashed: true, Colour: 0),
    ]);

    [Fact]
    public void The_chart_is_well_formed_svg_with_a_panel_per_chart_and_a_group_per_series()
    {
        var svg = XDocument.Parse(SvgChart.Render("articles", [Speed, Latency]));

        Assert.Equal(2, svg.Descendants(Svg + "g").Count(g => (string?)g.Attribute("class") == "panel"));
        Assert.Equal(["with extraction", "SQLite FTS5", "ask", "ask p99"],
            svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "series").Select(g => (string?)g.Attribute("data-name")));
        Assert.Equal("800", (string?)svg.Root!.Attribute("width"));
    }

    [Fact]
    public void The_chart_is_tall_enough_for_the_longest_legend()
    {
        var many = new ChartPanel("Latency", "ms", LogY: true,
            [.. Enumerable.Range(1, 9).Select(i => new ChartSeries($"series {i}", [new(5_527, i), new(55_270, 2 * i)]))]);

        var svg = XDocument.Parse(SvgChart.Render("articles", [Speed, many]));

        var height = double.Parse((string)svg.Root!.Attribute("height")!, CultureInfo.InvariantCulture);
        var legend = svg.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "series").Select(g => g.Element(Svg + "text")!).ToList();
        Assert.Equal(11, legend.Count);
        Assert.All(legend, text => Assert.True(double.Parse((string)text.Attribute("y")!, CultureInfo.InvariantCulture) < height, $"{text.Value} lies below the chart"));
    }

    [Fact]
    public void Larger_archives_are_drawn_further_right_and_faster_indexing_higher()
    {
        var svg = XDocument.Parse(SvgChart.Render("articles", [Speed]));

        var lines = svg.Descendants(Svg + "polyline").Select(Points).ToList();
        Assert.All(lines, points => Assert.True(points[0].X < points[1].X && points[1].X < points[2].X));
        // SVG's y grows downwards: the faster SQLite line is above the slower one.
        Assert.True(lines[1][0].Y < lines[0][0].Y);
    }

    [Fact]
    public void A_value_a_log_axis_cannot_show_is_left_out_rather_than_drawn_at_the_bottom()
    {
        var svg = XDocument.Parse(SvgChart.Render("articles", [Latency]));

        var p99 = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-name") == "ask p99");
        Assert.Equal(2, p99.Elements(Svg + "circle").Count());
        Assert.Equal("5,3", (string?)p99.Element(Svg + "polyline")!.Attribute("stroke-dasharray"));
    }

    [Fact]
    public void A_median_and_its_p99_share_a_colour()
    {
        var svg = XDocument.Parse(SvgChart.Render("articles", [Latency]));

        var colours = svg.Descendants(Svg + "polyline").Select(p => (string?)p.Attribute("stroke")).ToList();
        Assert.Equal(colours[0], colours[1]);
    }

    [Fact]
    public void One_scale_is_drawn_as_points_without_a_line()
    {
        var single = new ChartPanel("Speed", "articles/s", LogY: false, [new ChartSeries("index", [new(5_527, 700)])]);

        var svg = XDocument.Parse(SvgChart.Render("articles", [single]));

        Assert.Empty(svg.Descendants(Svg + "polyline"));
        Assert.Single(svg.Descendants(Svg + "circle"));
    }

    [Fact]
    public void Names_with_markup_characters_are_escaped()
    {
        var panel = new ChartPanel("Search & <ask>", "ms", LogY: true, [new ChartSeries("\"quotes\" & more", [new(10, 1)])]);

        var svg = XDocument.Parse(SvgChart.Render("articles", [panel]));

        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Search & <ask>");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "\"quotes\" & more");
    }

    [Fact]
    public void A_log_axis_spans_whole_decades_around_the_values()
    {
        var axis = ChartAxis.Logarithmic([5_527, 55_270, 552_700]);

        Assert.Equal([1_000, 10_000, 100_000, 1_000_000], axis.Ticks);
        Assert.Equal(0.0, axis.Fraction(1_000));
        Assert.Equal(1.0, axis.Fraction(1_000_000));
        Assert.Null(axis.Fraction(0));
    }

    [Fact]
    public void A_narrow_log_axis_has_ticks_at_one_two_and_five()
    {
        Assert.Equal([1, 2, 5, 10], ChartAxis.Logarithmic([3, 4]).Ticks);
    }

    [Fact]
    public void A_linear_axis_starts_at_zero_and_ends_on_the_first_round_value_above_the_largest()
    {
        var axis = ChartAxis.LinearFromZero([187, 508, 1_052]);

        Assert.Equal([0, 200, 400, 600, 800, 1_000, 1_200], axis.Ticks);
    }

    [Theory]
    [InlineData(1_000, "1k")]
    [InlineData(1_000_000, "1M")]
    [InlineData(2_500, "2.5k")]
    [InlineData(0.5, "0.5")]
    [InlineData(200, "200")]
    public void Tick_labels_are_short(double value, string label)
    {
        Assert.Equal(label, ChartAxis.Label(value));
    }

    private static List<(double X, double Y)> Points(XElement polyline) =>
        [.. ((string)polyline.Attribute("points")!).Split(' ').Select(pair => pair.Split(','))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))];
}
