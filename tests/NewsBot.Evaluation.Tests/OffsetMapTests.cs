using NewsBot.Articles;

namespace NewsBot.Evaluation.Tests;

/// <summary>Gold offsets count code points; C# strings count UTF-16 units; articles fold white space.</summary>
public sealed class OffsetMapTests
{
    [Fact]
    public void A_character_outside_the_basic_plane_takes_two_utf16_units_but_one_code_point()
    {
        Assert.Equal([0, 1, 3, 4], OffsetMap.CodePointToUtf16("a😀b"));
    }

    [Fact]
    public void Text_without_such_characters_has_the_same_offsets_in_both()
    {
        Assert.Equal([0, 1, 2, 3], OffsetMap.CodePointToUtf16("abc"));
    }

    [Fact]
    public void An_article_span_maps_back_over_folded_white_space()
    {
        const string source = "Novak  said:\n\n\n\"We   are ready.\"";
        var article = ArticleBuilder.Build(new RawArticle(source)) ?? throw new InvalidOperationException("empty");
        var map = OffsetMap.Align(article.Text, source) ?? throw new InvalidOperationException("not aligned");
        var ready = article.Text.IndexOf("ready", StringComparison.Ordinal);

        var mapped = map.ToSource(new TextSpan(ready, ready + 5));

        Assert.Equal("ready", source[mapped.Start..mapped.End]);
    }

    [Fact]
    public void Text_that_was_changed_beyond_white_space_cannot_be_aligned()
    {
        Assert.Null(OffsetMap.Align("Novak said so.", "Novak says so."));
    }
}
