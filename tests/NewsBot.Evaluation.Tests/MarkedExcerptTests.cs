using NewsBot.Articles;

namespace NewsBot.Evaluation.Tests;

public sealed class MarkedExcerptTests
{
    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    [Fact]
    public void A_gold_span_that_runs_past_our_closing_mark_shows_both_ends()
    {
        const string text = "\"We are ready,\" the mayor said, \"and the dam will hold.\"";

        var marked = MarkedExcerpt.Mark(text, [Span(text, text)], [Span(text, "We are ready")]);

        Assert.Equal("⟦\"⟨We are ready⟩,\" the mayor said, \"and the dam will hold.\"⟧", marked);
    }

    [Fact]
    public void Spans_that_touch_close_before_the_next_opens()
    {
        const string text = "He said it was fine and then he left.";

        var marked = MarkedExcerpt.Mark(text, [Span(text, "it was fine")], [Span(text, " and then")]);

        Assert.Equal("He said ⟦it was fine⟧⟨ and then⟩ he left.", marked);
    }

    [Fact]
    public void The_same_span_in_both_reads_gold_outside_ours()
    {
        const string text = "She said \"no\" twice.";

        var marked = MarkedExcerpt.Mark(text, [Span(text, "no")], [Span(text, "no")]);

        Assert.Equal("She said \"⟦⟨no⟩⟧\" twice.", marked);
    }

    [Fact]
    public void The_excerpt_keeps_eighty_characters_around_the_marks_and_folds_line_breaks()
    {
        var text = new string('a', 100) + "\n\nquoted words\n\n" + new string('b', 100);

        var marked = MarkedExcerpt.Mark(text, [Span(text, "quoted words")], []);

        Assert.Equal(new string('a', 78) + "  ⟦quoted words⟧  " + new string('b', 78), marked);
    }

    [Fact]
    public void Nothing_to_mark_gives_an_empty_excerpt()
    {
        Assert.Equal("", MarkedExcerpt.Mark("Some text.", [], []));
    }
}
