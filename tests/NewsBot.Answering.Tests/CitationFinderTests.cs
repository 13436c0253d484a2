using NewsBot.Answering.Citations;

namespace NewsBot.Answering.Tests;

public sealed class CitationFinderTests(TestArchive archive) : IClassFixture<TestArchive>
{
    private readonly CitationFinder finder = new(archive.Index);

    [Fact]
    public void Exact_words_are_verbatim_with_their_exact_span_in_the_article()
    {
        var check = finder.Find("Washington may perfectly use its influence on Kyiv");

        Assert.Equal(CitationVerdict.Verbatim, check.Verdict);
        var match = Assert.Single(check.Matches);
        Assert.Equal(5, match.Paragraph);
        Assert.Equal("Washington may perfectly use its influence on Kyiv", match.Text);
        Assert.Equal(match.Text, archive.Seed.Text[match.Start..match.End]);
        Assert.Contains("Peskov", match.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Curly_apostrophes_dashes_and_extra_spaces_still_match_verbatim()
    {
        var check = finder.Find("“We believe that anyone’s  concern, including that of the United States”");

        Assert.Equal(CitationVerdict.Verbatim, check.Verdict);
        Assert.Equal("We believe that anyone's concern, including that of the United States", Assert.Single(check.Matches).Text);
    }

    [Fact]
    public void Words_said_by_the_given_speaker_are_verbatim()
    {
        var check = finder.Find("Washington may perfectly use its influence on Kyiv", "Dmitry Peskov");

        Assert.Equal(CitationVerdict.Verbatim, check.Verdict);
    }

    [Fact]
    public void Words_said_by_someone_else_are_misattributed_and_name_who_said_them()
    {
        var check = finder.Find("Washington may perfectly use its influence on Kyiv", "Khomchak");

        Assert.Equal(CitationVerdict.Misattributed, check.Verdict);
        Assert.Contains("Peskov", Assert.Single(check.Matches).Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_narrative_put_in_a_speakers_mouth_is_misattributed()
    {
        var check = finder.Find("The U.S. European Command raised its alert status to the highest level", "Peskov");

        Assert.Equal(CitationVerdict.Misattributed, check.Verdict);
        Assert.Null(Assert.Single(check.Matches).Speaker);
    }

    [Fact]
    public void A_near_match_differs_and_shows_the_changed_words()
    {
        var check = finder.Find("Washington may perfectly use its influence on Kiev to induce Ukrainians to abandon provocative actions");

        Assert.Equal(CitationVerdict.Differs, check.Verdict);
        var match = Assert.Single(check.Matches);
        Assert.Equal(5, match.Paragraph);
        Assert.Equal(match.Text, archive.Seed.Text[match.Start..match.End]);
        Assert.Contains(new TextDifference("Kyiv", "Kiev"), match.Differences);
    }

    [Fact]
    public void Fragments_from_different_sentences_of_one_article_are_stitched()
    {
        var check = finder.Find("We believe that anyone's concern was his response to a question from an UNIAN correspondent");

        Assert.Equal(CitationVerdict.Stitched, check.Verdict);
        Assert.Equal([3, 4], check.Matches.Select(m => m.Paragraph));
        Assert.All(check.Matches, m => Assert.Equal(m.Text, archive.Seed.Text[m.Start..m.End]));
    }

    [Fact]
    public void Words_nowhere_in_the_archive_are_not_found()
    {
        var check = finder.Find("The moon is made of green cheese, the minister insisted");

        Assert.Equal(CitationVerdict.NotFound, check.Verdict);
        Assert.Empty(check.Matches);
    }

    [Fact]
    public void Text_without_words_is_refused_with_a_message_saying_what_to_give()
    {
        var error = Assert.Throws<ArgumentException>(() => finder.Find(" \"…\" "));

        Assert.StartsWith(CitationFinder.NoWordsMessage, error.Message, StringComparison.Ordinal);
    }
}
