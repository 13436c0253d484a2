namespace NewsBot.Quotes.Tests;

public sealed class DatePhraseFinderTests
{
    private static List<string> PhrasesIn(string sentence) =>
        DatePhraseFinder.Phrases(sentence, 0, sentence.Length).Select(p => sentence[p.Start..p.End]).ToList();

    [Theory]
    [InlineData("On Wednesday, April 14, 2021, the mayor spoke.", "Wednesday, April 14, 2021")]
    [InlineData("The mayor said on 8th of April 2021 that it was over.", "8th of April 2021")]
    [InlineData("The mayor spoke two days ago.", "two days ago")]
    [InlineData("The mayor spoke the day before yesterday.", "the day before yesterday")]
    [InlineData("The mayor spoke earlier this week.", "earlier this week")]
    [InlineData("The mayor spoke last Thursday.", "last Thursday")]
    [InlineData("The mayor spoke on Jan. 5 in the hall.", "Jan. 5")]
    [InlineData("The order of 4/8/2021 stands.", "4/8/2021")]
    public void A_phrase_that_names_a_day_is_found_whole(string sentence, string phrase)
    {
        Assert.Equal([phrase], PhrasesIn(sentence));
    }

    [Theory]
    [InlineData("Growth was 3.5 percent in March.")]
    [InlineData("Mayor Jan Novak may speak in 2019.")]
    [InlineData("Marines marched past the market.")]
    public void Words_that_cannot_name_one_day_are_not_phrases(string sentence)
    {
        Assert.Empty(PhrasesIn(sentence));
    }
}
