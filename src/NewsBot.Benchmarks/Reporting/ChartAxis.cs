using System.Globalization;

namespace NewsBot.Benchmarks.Reporting;

/// <summary>Maps values to pixels along one axis, linear from 0 or logarithmic, with round tick values.</summary>
internal sealed class ChartAxis
{
    private readonly double low;
    private readonly double high;
    private readonly bool logarithmic;

    private ChartAxis(double low, double high, bool logarithmic, IReadOnlyList<double> ticks)
    {
        this.low = low;
        this.high = high;
        this.logarithmic = logarithmic;
        Ticks = ticks;
    }

    public IReadOnlyList<double> Ticks { get; }

    /// <summary>
    /// A logarithmic axis from the power of ten at or below the smallest value to the one at or above the largest,
    /// so one value or several always sit inside with decade ticks (1, 2 and 5 in each decade when it spans one or two).
    /// </summary>
    public static ChartAxis Logarithmic(IEnumerable<double> values)
    {
        var positive = values.Where(v => v > 0 && double.IsFinite(v)).ToList();
        var min = positive.Count == 0 ? 1 : positive.Min();
        var max = positive.Count == 0 ? 10 : positive.Max();
        var lowExponent = Math.Floor(Math.Log10(min));
        var highExponent = Math.Max(Math.Ceiling(Math.Log10(max)), lowExponent + 1);
        var decades = highExponent - lowExponent;
        var steps = decades <= 2 ? new[] { 1.0, 2, 5 } : [1.0];
        var ticks = new List<double>();
        for (var exponent = lowExponent; exponent <= highExponent; exponent++)
        {
            ticks.AddRange(steps.Select(step => step * Math.Pow(10, exponent)).Where(t => t <= Math.Pow(10, highExponent) * 1.0000001));
        }
        return new ChartAxis(Math.Pow(10, lowExponent), Math.Pow(10, highExponent), logarithmic: true, ticks);
    }

    /// <summary>A linear axis from 0 to a round value at or above the largest value, with four to ten ticks.</summary>
    public static ChartAxis LinearFromZero(IEnumerable<double> values)
    {
        var max = values.Where(double.IsFinite).DefaultIfEmpty(0).Max();
        if (max <= 0)
        {
            max = 1;
        }
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        var step = new[] { 0.1, 0.2, 0.5, 1, 2, 5 }.Select(s => s * magnitude).First(s => max / s <= 10);
        var top = Math.Ceiling(max / step) * step;
        var ticks = Enumerable.Range(0, (int)Math.Round(top / step) + 1).Select(i => i * step).ToList();
        return new ChartAxis(0, top, logarithmic: false, ticks);
    }

    /// <summary>Where <paramref name="value"/> falls between 0 (low end) and 1 (high end); null when a log axis cannot show it.</summary>
    public double? Fraction(double value)
    {
        if (logarithmic)
        {
            return value > 0 ? (Math.Log10(value) - Math.Log10(low)) / (Math.Log10(high) - Math.Log10(low)) : null;
        }
        return (value - low) / (high - low);
    }

    /// <summary>A short tick label: 500, 2k, 10k, 1M, 0.5.</summary>
    public static string Label(double value) => value switch
    {
        >= 1_000_000 => (value / 1_000_000).ToString("0.#", CultureInfo.InvariantCulture) + "M",
        >= 1_000 => (value / 1_000).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
