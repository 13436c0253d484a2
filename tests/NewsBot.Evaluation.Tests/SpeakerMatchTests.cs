using NewsBot.Articles;

namespace NewsBot.Evaluation.Tests;

/// <summary>The gold rule for speakers: the same mention, or a resolved name that holds the mention's head word.</summary>
public sealed class SpeakerMatchTests
{
    private static Quote Said(string speaker) => new(speaker, speaker.ToLowerInvariant(), null, QuoteKind.Direct, "said", "We are ready.",
        new TextSpan(0, 13), 1, null, DateRule.Unknown, new TextSpan(20, 20 + speaker.Length), new TextSpan(15, 19));

    [Theory]
    [InlineData("Joel Pollak of Breitbart California", "pollak")]
    [InlineData("the Clinton campaign", "campaign")]
    [InlineData("Clinton's spokesman", "spokesman")]
    [InlineData("Dmitry Peskov, the Kremlin spokesman,", "peskov")]
    [InlineData("Sen. Gwen Moore (D-Wis.)", "moore")]
    public void The_head_word_of_a_gold_mention_is_its_last_word_before_any_modifier(string mention, string head)
    {
        Assert.Equal(head, SpeakerMatch.HeadWord(mention));
    }

    [Fact]
    public void Overlapping_speaker_spans_are_the_same_speaker()
    {
        Assert.True(SpeakerMatch.IsCorrect(Said("he"), new TextSpan(20, 22), [new TextSpan(18, 21)], "he"));
    }

    [Fact]
    public void A_resolved_name_that_holds_the_gold_head_word_is_the_same_speaker()
    {
        Assert.True(SpeakerMatch.IsCorrect(Said("Dmitry Peskov"), null, [], "Peskov"));
        Assert.True(SpeakerMatch.IsCorrect(Said("Dmitry Peskov"), new TextSpan(90, 95), [new TextSpan(20, 26)], "Kremlin spokesman Peskov"));
    }

    [Fact]
    public void A_different_person_or_an_unresolved_pronoun_is_a_wrong_speaker()
    {
        Assert.False(SpeakerMatch.IsCorrect(Said("Dmitry Peskov"), new TextSpan(90, 95), [new TextSpan(20, 26)], "Lavrov"));
        Assert.False(SpeakerMatch.IsCorrect(Said("Dmitry Peskov"), null, [], "he"));
        Assert.False(SpeakerMatch.IsCorrect(Said("Dmitry Peskov"), null, [], null));
    }
}
