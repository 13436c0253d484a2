using System.Text.Json;
using NewsBot.Quotes;

namespace NewsBot.Evaluation.Tests;

/// <summary>Scoring end to end on invented gold files in a temporary folder.</summary>
public sealed class PolnearEvaluationTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("polnear-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string text, params object[] gold)
    {
        File.WriteAllText(Path.Combine(folder, "articles.jsonl"),
            JsonSerializer.Serialize(new { article_id = "a1", date = "2021-04-14", title = "t", text }) + "\n");
        File.WriteAllLines(Path.Combine(folder, "gold.jsonl"), gold.Select(g => JsonSerializer.Serialize(g)));
    }

    private static object Gold(string text, string quote, string speaker, bool direct = true)
    {
        // PolNeAR offsets count code points, marks included.
        int CodePoints(int utf16) => text[..utf16].EnumerateRunes().Count();
        var start = text.IndexOf(quote, StringComparison.Ordinal);
        var at = text.IndexOf(speaker, StringComparison.Ordinal);
        return new
        {
            article_id = "a1", primary = true, type = "Attribution", is_direct = direct, speaker,
            speaker_spans = new[] { new[] { CodePoints(at), CodePoints(at + speaker.Length) } },
            quote_spans = new[] { new[] { CodePoints(start), CodePoints(start + quote.Length) } },
        };
    }

    [Fact]
    public void A_quote_after_characters_outside_the_basic_plane_is_matched_with_its_speaker()
    {
        // Forty emoji shift UTF-16 offsets by forty: more than the quote is long, so a missed conversion cannot match.
        var text = string.Concat(Enumerable.Repeat("🎉", 40)) + " Party night.\n\n\"We are ready for the flood season,\" Mayor Jan Novak said.";
        Write(text, Gold(text, "\"We are ready for the flood season,\"", "Mayor Jan Novak"));

        var (direct, all, articles, unaligned) = new PolnearEvaluation(new QuoteExtractor()).Run(folder, null);

        Assert.Equal((1, 0), (articles, unaligned));
        Assert.Equal((1, 1, 1, 1), (direct.Predicted, direct.Gold, direct.Matched, direct.Correct));
        Assert.Equal((1, 1), (all.Matched, all.Correct));
    }

    [Fact]
    public void A_quote_given_to_the_wrong_speaker_matches_but_is_not_correct()
    {
        const string text = "Mayor Jan Novak arrived. \"We are ready for the flood season,\" said Eva Berg.";
        Write(text, Gold(text, "\"We are ready for the flood season,\"", "Mayor Jan Novak"));

        var (direct, _, _, _) = new PolnearEvaluation(new QuoteExtractor()).Run(folder, null);

        Assert.Equal((1, 0), (direct.Matched, direct.Correct));
    }

    [Fact]
    public void A_mixed_statement_and_the_quote_that_continues_it_are_one_indirect_attribution()
    {
        const string text = "The new plans are \"reckless and expensive,\" Mayor Jan Novak said. \"They will ruin the budget of the town for years.\"";
        var start = text.IndexOf("The new", StringComparison.Ordinal);
        var next = text.IndexOf("\"They", StringComparison.Ordinal);
        var gold = new
        {
            article_id = "a1", primary = true, type = "Attribution", is_direct = false, speaker = "Mayor Jan Novak",
            speaker_spans = new[] { new[] { text.IndexOf("Mayor", StringComparison.Ordinal), text.IndexOf(" said", StringComparison.Ordinal) } },
            quote_spans = new[] { new[] { start, text.IndexOf(" Mayor", StringComparison.Ordinal) }, new[] { next, text.Length } },
        };
        Write(text, gold);

        var (direct, all, _, _) = new PolnearEvaluation(new QuoteExtractor()).Run(folder, null);

        Assert.Equal((0, 0), (direct.Predicted, direct.Gold));
        Assert.Equal((1, 1, 1, 1), (all.Predicted, all.Gold, all.Matched, all.Correct));
    }

    [Fact]
    public void Mismatches_are_written_to_the_error_folder()
    {
        const string text = "\"We are ready for the flood season,\" Mayor Jan Novak said. Nobody else spoke at all.";
        Write(text, Gold(text, "Nobody else spoke", "Nobody", direct: true));
        var errors = Directory.CreateTempSubdirectory("errors-").FullName;

        new PolnearEvaluation(new QuoteExtractor()).Run(folder, errors);

        var lines = File.ReadAllLines(Path.Combine(errors, "polnear-direct-errors.tsv"));
        Directory.Delete(errors, recursive: true);
        Assert.Equal(PolnearEvaluation.ErrorHeader, lines[0]);
        Assert.Equal(["SPURIOUS", "MISSED"], lines.Skip(1).Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public void A_missed_quote_is_written_with_the_gold_span_and_our_overlapping_span_marked_in_the_text()
    {
        // Gold takes the whole interrupted quote as one span; ours, widened to the marks, are far less than half of it.
        const string text = "\"Yes,\" Mayor Jan Novak said on the radio this morning, after a long night at the dam with the volunteers, \"it will hold.\"";
        Write(text, Gold(text, text, "Mayor Jan Novak"));
        var errors = Directory.CreateTempSubdirectory("errors-").FullName;

        new PolnearEvaluation(new QuoteExtractor()).Run(folder, errors);

        var missed = File.ReadAllLines(Path.Combine(errors, "polnear-direct-errors.tsv")).Single(l => l.StartsWith("MISSED", StringComparison.Ordinal));
        Directory.Delete(errors, recursive: true);
        Assert.Equal("MISSED\t\tMayor Jan Novak\t\t⟦⟨\"Yes,\"⟩ Mayor Jan Novak said on the radio this morning, after a long night at the dam with the volunteers, ⟨\"it will hold.\"⟩⟧", missed);
    }

    [Fact]
    public void A_wrong_speaker_is_written_with_both_speakers_marked()
    {
        const string text = "Mayor Jan Novak arrived. \"We are ready for the flood season,\" said Eva Berg.";
        Write(text, Gold(text, "\"We are ready for the flood season,\"", "Mayor Jan Novak"));
        var errors = Directory.CreateTempSubdirectory("errors-").FullName;

        new PolnearEvaluation(new QuoteExtractor()).Run(folder, errors);

        var wrong = File.ReadAllLines(Path.Combine(errors, "polnear-direct-errors.tsv"))[1];
        Directory.Delete(errors, recursive: true);
        Assert.Equal("SPEAKER\tEva Berg\tMayor Jan Novak\tsaid\t⟦Mayor Jan Novak⟧ arrived. \"We are ready for the flood season,\" said ⟨Eva Berg⟩.", wrong);
    }
}
