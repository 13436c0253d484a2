using System.Globalization;
using System.Text.Json;

namespace NewsBot.Tests;

/// <summary>
/// Twenty invented articles, one per town, each quoting its own harbour master three times: a question about one
/// speaker can only be answered from that speaker's article, so an answer citing another article is cross-talk.
/// </summary>
public static class HarbourArticles
{
    public sealed record Harbour(int Number, string Town, string FirstName, string Surname)
    {
        public string Id => $"harbour-{Number:D2}";

        public string Url => $"https://news.example/{Id}";
    }

    private static readonly string[] Towns =
    [
        "Aldmouth", "Bexhaven", "Carrowby", "Dunmere", "Eastwick", "Fallowport", "Greyhaven", "Holloway", "Inverkip", "Juniper",
        "Kestrelby", "Larkhill", "Milbrook", "Northcliff", "Oakhaven", "Pennock", "Quarrington", "Redwater", "Saltmarsh", "Thornbury",
    ];

    private static readonly (string First, string Surname)[] People =
    [
        ("Ines", "Varga"), ("Anna", "Lindqvist"), ("Chidi", "Okafor"), ("Karl", "Brandt"), ("Claire", "Moreau"),
        ("Kenji", "Tanaka"), ("Marta", "Kowalski"), ("Omar", "Haddad"), ("Jan", "Novak"), ("Lucia", "Silva"),
        ("Pavel", "Petrov"), ("Sofie", "Jensen"), ("Marco", "Rossi"), ("Sean", "Murphy"), ("Luc", "Dubois"),
        ("Aiko", "Nakamura"), ("Greta", "Fischer"), ("Rui", "Costa"), ("Olga", "Ivanova"), ("Nils", "Larsen"),
    ];

    public static IReadOnlyList<Harbour> All { get; } =
        [.. Enumerable.Range(0, Towns.Length).Select(i => new Harbour(i + 1, Towns[i], People[i].First, People[i].Surname))];

    /// <summary>Writes the articles as one JSONL file in <paramref name="folder"/> and returns the folder.</summary>
    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, "harbours.jsonl"), All.Select(Line));
        return folder;
    }

    private static string Line(Harbour h) => JsonSerializer.Serialize(new
    {
        id = h.Id,
        title = $"{h.Town} opens a new ferry terminal",
        date = new DateOnly(2021, 3, h.Number).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        url = h.Url,
        source = "Example News",
        text = string.Join("\n\n",
            $"{h.Town} opened a new ferry terminal on Monday after two years of building work.",
            $"\"The terminal will carry {h.Number + 2} million passengers a year,\" harbour master {h.FirstName} {h.Surname} said.",
            $"{h.Surname} added that the old pier in {h.Town} would become a fish market next spring.",
            $"\"We expect the first cruise ship to berth here in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(h.Number % 12 + 1)},\" {h.Surname} told reporters."),
    });
}
