using System.Globalization;

namespace NewsBot.Contracts;

/// <summary>Dates are ISO YYYY-MM-DD everywhere NewsBot takes or prints one.</summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string Describe(string name, string? given) =>
        $"{name} must be a date written as YYYY-MM-DD (for example 2021-04-14); got '{given}'.";
}
