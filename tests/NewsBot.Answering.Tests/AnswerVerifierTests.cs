using NewsBot.Answering.Verification;

namespace NewsBot.Answering.Tests;

public sealed class AnswerVerifierTests
{
    // [1] is paragraph 5 ("Washington may ..."), [2] is paragraph 3 ("We believe ... groundless").
    private static readonly IReadOnlyList<Retrieval.AnswerSource> Sources = SeedSources.Paragraphs(5, 3);

    [Fact]
    public void A_claim_citing_a_source_number_that_was_not_given_is_removed()
    {
        var verified = AnswerVerifier.Verify(
            "Peskov called the concern over the movements of the armed forces groundless [2]. Peskov said Russia will leave Crimea [9].",
            Sources);

        var kept = Assert.Single(verified.Claims);
        Assert.Equal([2], kept.Sources);
        var removed = Assert.Single(verified.Removed);
        Assert.Equal(ClaimProblem.CitesMissingSource, removed.Problem);
        Assert.DoesNotContain("Crimea", verified.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_source_number_next_to_a_real_one_is_dropped_and_the_claim_kept()
    {
        var verified = AnswerVerifier.Verify("Peskov said the concern over the movements of armed forces is groundless [2][7].", Sources);

        Assert.Equal("Peskov said the concern over the movements of armed forces is groundless [2].", verified.Text);
    }

    [Fact]
    public void An_altered_quotation_is_removed()
    {
        var verified = AnswerVerifier.Verify(
            "Peskov said \"Washington must use its influence on Kyiv\" [1]. He added that \"Washington may perfectly use its influence on Kyiv\" [1].",
            Sources);

        Assert.Equal(ClaimProblem.Misquoted, Assert.Single(verified.Removed).Problem);
        Assert.Equal("He added that \"Washington may perfectly use its influence on Kyiv\" [1].", verified.Text);
    }

    [Fact]
    public void A_quotation_must_stand_in_the_source_it_cites_not_in_another_one()
    {
        var verified = AnswerVerifier.Verify("Peskov said \"Washington may perfectly use its influence on Kyiv\" [2].", Sources);

        Assert.True(verified.IsEmpty);
        Assert.Equal(ClaimProblem.Misquoted, Assert.Single(verified.Removed).Problem);
    }

    [Fact]
    public void A_sentence_without_a_citation_is_removed()
    {
        var verified = AnswerVerifier.Verify(
            "Peskov is a well-known spokesman. \"Washington may perfectly use its influence on Kyiv to induce Ukrainians to abandon provocative actions,\" he added. [1]",
            Sources);

        Assert.Equal(ClaimProblem.Uncited, Assert.Single(verified.Removed).Problem);
        Assert.StartsWith("\"Washington may", verified.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cited_claim_the_source_does_not_support_is_removed()
    {
        var verified = AnswerVerifier.Verify("Russia will invade Poland next month [1].", Sources);

        Assert.Equal(ClaimProblem.Unsupported, Assert.Single(verified.Removed).Problem);
        Assert.True(verified.IsEmpty);
    }

    [Fact]
    public void Curly_quotation_marks_match_the_straight_ones_of_the_archive()
    {
        var verified = AnswerVerifier.Verify("Peskov said “Washington may perfectly use its influence on Kyiv” [1].", Sources);

        Assert.Single(verified.Claims);
    }

    [Fact]
    public void A_quotation_of_several_sentences_is_checked_as_one_claim()
    {
        var sources = SeedSources.Paragraphs(16);
        var verified = AnswerVerifier.Verify(
            "Khomchak said: \"We have foreseen appropriate measures. Of an immediate response to any provocation.\" [1]", sources);

        Assert.Equal(ClaimProblem.Misquoted, Assert.Single(verified.Removed).Problem);
    }
}
