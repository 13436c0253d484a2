using System.Globalization;

namespace NewsBot.Benchmarks.Reporting;

/// <summary>How the report writes numbers: invariant culture, precision suited to each unit.</summary>
internal static class Units
{
    public static double Megabytes(long bytes) => bytes / 1_000_000.0;

    public static string Ms(double milliseconds) => milliseconds switch
    {
        < 1 => milliseconds.ToString("0.000", CultureInfo.InvariantCulture),
        < 10 => milliseconds.ToString("0.00", CultureInfo.InvariantCulture),
        < 100 => milliseconds.ToString("0.0", CultureInfo.InvariantCulture),
        _ => milliseconds.ToString("N0", CultureInfo.InvariantCulture),
    } + " ms";

    public static string Count(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Rate(double perSecond) => perSecond.ToString(perSecond < 100 ? "N1" : "N0", CultureInfo.InvariantCulture);

    public static string Mb(long bytes) => Megabytes(bytes).ToString(Megabytes(bytes) < 10 ? "N1" : "N0", CultureInfo.InvariantCulture) + " MB";

    public static string Ratio(double value) => value.ToString(value < 10 ? "0.00" : "N1", CultureInfo.InvariantCulture) + "×";
}
