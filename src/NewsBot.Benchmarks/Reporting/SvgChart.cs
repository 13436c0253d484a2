using System.Globalization;
using System.Security;
using System.Text;

namespace NewsBot.Benchmarks.Reporting;

/// <summary>
/// Draws small line charts side by side in one SVG file, the x axis of each being the number of articles in the
/// archive (log scale). Plain SVG, no fonts or native libraries needed, so it renders the same on a server and on GitHub.
/// </summary>
internal static class SvgChart
{
    private const int PanelWidth = 400;
    private const int Left = 62;
    private const int Right = 14;
    private const int Top = 34;
    private const int PlotHeight = 210;
    private const int LegendTop = Top + PlotHeight + 50;
    private const int LegendLine = 15;
    private const int Bottom = 12;

    private static readonly string[] Palette = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"];

    public static string Render(string xLabel, IReadOnlyList<ChartPanel> panels)
    {
        ArgumentNullException.ThrowIfNull(panels);
        // Tall enough for the longest legend, one line per series under its panel.
        var height = LegendTop + (panels.Select(p => p.Series.Count).DefaultIfEmpty(0).Max() - 1) * LegendLine + Bottom;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PanelWidth * panels.Count}\" height=\"{height}\" "))
           .Append(Invariant($"viewBox=\"0 0 {PanelWidth * panels.Count} {height}\" font-family=\"sans-serif\" font-size=\"11\">\n"))
           .Append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        for (var i = 0; i < panels.Count; i++)
        {
            Panel(svg, panels[i], xLabel, i * PanelWidth);
        }
        return svg.Append("</svg>\n").ToString();
    }

    private static void Panel(StringBuilder svg, ChartPanel panel, string xLabel, int offset)
    {
        var points = panel.Series.SelectMany(s => s.Points).ToList();
        var x = ChartAxis.Logarithmic(points.Select(p => p.X));
        var y = panel.LogY ? ChartAxis.Logarithmic(points.Select(p => p.Y)) : ChartAxis.LinearFromZero(points.Select(p => p.Y));
        var plotLeft = offset + Left;
        var plotWidth = PanelWidth - Left - Right;
        var plotBottom = Top + PlotHeight;
        double Px(double value) => plotLeft + (x.Fraction(value) ?? 0) * plotWidth;
        double Py(double fraction) => plotBottom - fraction * PlotHeight;

        svg.Append(Invariant($"<g class=\"panel\">\n<text x=\"{offset + PanelWidth / 2}\" y=\"18\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\">{Escape(panel.Title)}</text>\n"));
        foreach (var tick in y.Ticks)
        {
            var py = Py(y.Fraction(tick) ?? 0);
            svg.Append(Invariant($"<line x1=\"{plotLeft}\" y1=\"{py:0.#}\" x2=\"{plotLeft + plotWidth}\" y2=\"{py:0.#}\" stroke=\"#e5e5e5\"/>"))
               .Append(Invariant($"<text x=\"{plotLeft - 5}\" y=\"{py + 4:0.#}\" text-anchor=\"end\">{ChartAxis.Label(tick)}</text>\n"));
        }
        foreach (var tick in x.Ticks)
        {
            var px = Px(tick);
            svg.Append(Invariant($"<line x1=\"{px:0.#}\" y1=\"{Top}\" x2=\"{px:0.#}\" y2=\"{plotBottom}\" stroke=\"#e5e5e5\"/>"))
               .Append(Invariant($"<text x=\"{px:0.#}\" y=\"{plotBottom + 15}\" text-anchor=\"middle\">{ChartAxis.Label(tick)}</text>\n"));
        }
        svg.Append(Invariant($"<rect x=\"{plotLeft}\" y=\"{Top}\" width=\"{plotWidth}\" height=\"{PlotHeight}\" fill=\"none\" stroke=\"#999\"/>\n"))
           .Append(Invariant($"<text x=\"{plotLeft + plotWidth / 2}\" y=\"{plotBottom + 32}\" text-anchor=\"middle\">{Escape(xLabel)}</text>\n"))
           .Append(Invariant($"<text transform=\"translate({offset + 14},{Top + PlotHeight / 2}) rotate(-90)\" text-anchor=\"middle\">{Escape(panel.YLabel)}</text>\n"));

        for (var i = 0; i < panel.Series.Count; i++)
        {
            var series = panel.Series[i];
            var colour = Palette[(series.Colour ?? i) % Palette.Length];
            var dash = series.Dashed ? " stroke-dasharray=\"5,3\"" : "";
            var shown = series.Points.Where(p => y.Fraction(p.Y) is not null).OrderBy(p => p.X)
                .Select(p => (X: Px(p.X), Y: Py(y.Fraction(p.Y)!.Value))).ToList();
            svg.Append(Invariant($"<g class=\"series\" data-name=\"{Escape(series.Name)}\">"));
            if (shown.Count > 1)
            {
                svg.Append(Invariant($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash} points=\""))
                   .AppendJoin(' ', shown.Select(p => Invariant($"{p.X:0.#},{p.Y:0.#}")))
                   .Append("\"/>");
            }
            foreach (var (px, py) in shown)
            {
                svg.Append(Invariant($"<circle cx=\"{px:0.#}\" cy=\"{py:0.#}\" r=\"3\" fill=\"{colour}\"/>"));
            }
            var legendY = LegendTop + i * LegendLine;
            svg.Append(Invariant($"<line x1=\"{plotLeft}\" y1=\"{legendY - 4}\" x2=\"{plotLeft + 22}\" y2=\"{legendY - 4}\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>"))
               .Append(Invariant($"<text x=\"{plotLeft + 28}\" y=\"{legendY}\">{Escape(series.Name)}</text></g>\n"));
        }
        svg.Append("</g>\n");
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
