using NewsBot.Articles;

namespace NewsBot.Articles.Tests;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("U.S. President Joe Biden had a call. Putin answered.", "U.S. President Joe Biden had a call.|Putin answered.")]
    [InlineData("Col. Gen. Ruslan Khomchak spoke. John F. Kennedy did not.", "Col. Gen. Ruslan Khomchak spoke.|John F. Kennedy did not.")]
    [InlineData("He said, \"We are ready.\" Then he left.", "He said, \"We are ready.\"|Then he left.")]
    [InlineData("\"Is it groundless?\" asked one. \"Yes,\" he said.", "\"Is it groundless?\" asked one.|\"Yes,\" he said.")]
    [InlineData("It cost 3.5 million dollars in the U.S. economy", "It cost 3.5 million dollars in the U.S. economy")]
    [InlineData("Talks end Jan. 5 in Geneva. Nobody came.", "Talks end Jan. 5 in Geneva.|Nobody came.")]
    public void Splits_at_sentence_ends_but_not_at_abbreviations(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]);

        Assert.Equal(expected.Split('|'), sentences);
    }

    [Fact]
    public void Spans_are_shifted_by_the_paragraph_offset()
    {
        var spans = SentenceSplitter.Split("One. Two.", offset: 100);

        Assert.Equal([new TextSpan(100, 104), new TextSpan(105, 109)], spans);
    }
}
