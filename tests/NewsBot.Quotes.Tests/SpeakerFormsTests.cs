using NewsBot.Articles;
using static NewsBot.Quotes.Tests.ArticleFactory;

namespace NewsBot.Quotes.Tests;

/// <summary>Ways papers write who is speaking besides "X said": ages, headlines, signatures, single curly quotes.</summary>
public sealed class SpeakerFormsTests
{
    [Fact]
    public void An_age_between_commas_belongs_to_the_name_before_it()
    {
        var quote = Assert.Single(Extract("\"The ferry must run all winter,\" Novak, 69, told local radio on Monday."));

        Assert.Equal(("Novak", "told"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void A_descriptive_appositive_with_a_role_word_is_the_speakers_role()
    {
        var quote = Assert.Single(Extract("Jan Novak, the early frontrunner, said the ferry must run all winter long."));

        Assert.Equal(("Jan Novak", "early frontrunner"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void A_name_after_a_quote_keeps_its_long_appositive_description_as_role()
    {
        var quote = Assert.Single(Extract("\"The ferry must run all winter,\" Mr. Novak, now 81 and retired in Split, Croatia, said by telephone."));

        Assert.Equal(("Novak", "now 81 and retired in Split, Croatia", "said"), (quote.Speaker, quote.Role, quote.Cue));
    }

    [Fact]
    public void A_described_name_after_a_quote_keeps_both_descriptions_as_role()
    {
        var quote = Assert.Single(Extract("''The ferry must run all winter,'' the economist Jan Novak, a former adviser to the mayor, wrote on Friday."));

        Assert.Equal(("Jan Novak", "wrote"), (quote.Speaker, quote.Cue));
        Assert.Equal("economist, former adviser to the mayor", quote.Role);
    }

    [Theory]
    [InlineData("Ana Verde, a close friend of the mayor who ran her first campaign in the harbour town, said, “The ferry must run all winter.”")]
    [InlineData("Ana Verde, speaking to voters in the port, said: “The ferry must run all winter.”")]
    [InlineData("On Sunday, Ana Verde, who has nearly a million followers, tweeted, “The ferry must run all winter.”")]
    public void A_name_opening_its_sentence_speaks_the_quote_after_a_long_description_set_apart_by_commas(string sentence)
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal((QuoteKind.Direct, "Ana Verde", "The ferry must run all winter."), (quote.Kind, quote.Speaker, quote.Text));
    }

    [Theory]
    [InlineData("“The ferry must run all winter,” the harbour spokesman, Jan Novak, said on Monday.", "harbour spokesman")]
    [InlineData("“The ferry must run all winter,” another neighbour, Jan Novak told local radio.", "neighbour")]
    public void A_description_before_the_name_after_a_quote_is_the_role_and_the_name_the_speaker(string sentence, string role)
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal((QuoteKind.Direct, "Jan Novak", role), (quote.Kind, quote.Speaker, quote.Role));
    }

    [Fact]
    public void A_person_of_an_organisation_is_the_speaker_with_the_organisation_as_role()
    {
        var quote = Assert.Single(Extract("\"It was the least bad outcome,\" Tom Berg of the Harbour Trust said."));

        Assert.Equal(("Tom Berg", "of the Harbour Trust"), (quote.Speaker, quote.Role));
    }

    [Fact]
    public void A_possessive_description_after_a_quote_is_its_speaker()
    {
        var quote = Assert.Single(Extract("“We will not close the port,” Novak's spokeswoman told reporters."));

        Assert.Equal(("spokeswoman to Novak", QuoteKind.Direct), (quote.Speaker, quote.Kind));
    }

    [Fact]
    public void This_source_after_a_quote_is_its_speaker()
    {
        var quote = Assert.Single(Extract("“The ferry will not run this winter,” this source told the Gazette."));

        Assert.Equal(("source", "told"), (quote.Speaker, quote.Cue));
    }

    [Fact]
    public void A_headline_that_names_its_speaker_before_a_colon_attributes_the_quote()
    {
        var quote = Assert.Single(Extract("Jan Novak: ‘The Ferry Must Run All Winter.’"));

        Assert.Equal((QuoteKind.Direct, "Jan Novak", "The Ferry Must Run All Winter."), (quote.Kind, quote.Speaker, quote.Text));
    }

    [Fact]
    public void Single_curly_quotes_pair_around_apostrophes_and_possessives()
    {
        var quote = Assert.Single(Extract("Mayor Jan Novak said: ‘I’m sure the Berg brothers’ ferry will run all winter.’"));

        Assert.Equal("I’m sure the Berg brothers’ ferry will run all winter.", quote.Text);
    }

    [Fact]
    public void Single_curly_quotes_inside_a_double_quote_are_not_a_quote_of_their_own()
    {
        var quote = Assert.Single(Extract("\"They told me ‘never again’ and left the harbour,\" Mayor Jan Novak said."));

        Assert.Equal("They told me ‘never again’ and left the harbour", quote.Text);
    }

    [Fact]
    public void A_quote_signed_with_a_dash_belongs_to_the_name_after_it()
    {
        var quote = Assert.Single(Extract("“The ferry is our lifeline and it must keep running.” ― Eva Berg."));

        Assert.Equal("Eva Berg", quote.Speaker);
    }

    [Fact]
    public void A_sign_that_reads_a_quotation_is_its_speaker_but_reading_a_book_is_not_speech()
    {
        var quotes = Extract("\"Save our ferry now!\" read the banner.", "Mayor Jan Novak read the report on the ferry to the council.");

        var quote = Assert.Single(quotes);
        Assert.Equal(("banner", "Save our ferry now!"), (quote.Speaker, quote.Text));
    }

    [Fact]
    public void A_stray_straight_mark_does_not_turn_the_rest_of_the_paragraph_inside_out()
    {
        var quotes = Extract("Crews replaced a 12\" pipe overnight. \"We will have water back by Friday,\" Mayor Jan Novak said.");

        var quote = Assert.Single(quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal(("We will have water back by Friday", "Jan Novak"), (quote.Text, quote.Speaker));
    }

    [Theory]
    [InlineData("Another commenter said, \"We all know how she feels about the river.\"", "commenter")]
    [InlineData("The announcer said, \"It is three in the morning and your children are asleep.\"", "announcer")]
    [InlineData("The email said, \"Effective immediately, we close the office for good.\"", "email")]
    [InlineData("One voter wrote, \"The water came up to the second floor of the house.\"", "voter")]
    public void People_and_writings_described_by_a_common_noun_speak_their_quotes(string sentence, string speaker)
    {
        var quote = Assert.Single(Extract(sentence));

        Assert.Equal((QuoteKind.Direct, speaker), (quote.Kind, quote.Speaker));
    }
}
