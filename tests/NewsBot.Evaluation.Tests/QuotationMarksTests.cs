using NewsBot.Articles;

namespace NewsBot.Evaluation.Tests;

/// <summary>Our quote spans leave the marks out; PolNeAR's hold them, so ours are widened before comparing.</summary>
public sealed class QuotationMarksTests
{
    private static string Widened(string text, string words)
    {
        var start = text.IndexOf(words, StringComparison.Ordinal);
        var span = QuotationMarks.Widen(text, new TextSpan(start, start + words.Length));
        return text[span.Start..span.End];
    }

    [Theory]
    [InlineData("“Yes,” she said.", "Yes", "“Yes,”")]
    [InlineData("She said: \"We are ready.\"", "We are ready.", "\"We are ready.\"")]
    [InlineData("''Never again,'' he said.", "Never again", "''Never again,''")]
    [InlineData("He called it ``a mess'' twice.", "a mess", "``a mess''")]
    [InlineData("Novak: ‘No deal’ on the bridge", "No deal", "‘No deal’")]
    public void A_quote_span_is_widened_to_the_marks_around_it_with_the_comma_inside(string text, string words, string expected)
    {
        Assert.Equal(expected, Widened(text, words));
    }

    [Fact]
    public void Words_without_marks_around_them_keep_their_span()
    {
        Assert.Equal("the dam will hold", Widened("He said the dam will hold, and left.", "the dam will hold"));
    }
}
