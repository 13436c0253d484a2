using NewsBot.Answering.Questions;

namespace NewsBot.Answering.Tests;

public sealed class QuestionParserTests
{
    private static readonly DateOnly AsOf = new(2021, 4, 14);
    private readonly QuestionParser parser = new(new RecognizerDateExpressionResolver());

    [Fact]
    public void What_did_X_say_about_Y_names_the_speaker_and_the_topic()
    {
        var question = parser.Parse("What did Peskov say about Washington?", AsOf);

        Assert.Equal(QuestionKind.WhatDidSay, question.Kind);
        Assert.Equal("Peskov", question.Speaker);
        Assert.Equal(["Washington"], question.Entities);
    }

    [Fact]
    public void Who_said_keeps_the_statement_words_as_the_topic()
    {
        var question = parser.Parse("Who said the concern was groundless?", AsOf);

        Assert.Equal(QuestionKind.WhoSaid, question.Kind);
        Assert.Null(question.Speaker);
        Assert.Contains("groundless", question.TopicWords);
    }

    [Fact]
    public void Quoted_words_make_a_citation_look_up_with_the_speaker()
    {
        var question = parser.Parse("Did Peskov say “Washington may perfectly use its influence”?", AsOf);

        Assert.Equal(QuestionKind.CitationLookup, question.Kind);
        Assert.Equal("Peskov", question.Speaker);
        Assert.Equal("Washington may perfectly use its influence", question.QuotedText);
    }

    [Theory]
    [InlineData("What happened in March 2021?", "2021-03-01", "2021-03-31")]
    [InlineData("What did Khomchak say on April 8?", "2021-04-08", "2021-04-08")]
    [InlineData("What did Khomchak say on April 20?", "2020-04-20", "2020-04-20")]
    [InlineData("What was reported on March 30, 2021?", "2021-03-30", "2021-03-30")]
    [InlineData("What happened on 2021-04-13?", "2021-04-13", "2021-04-13")]
    [InlineData("What happened in 2020?", "2020-01-01", "2020-12-31")]
    [InlineData("What did Peskov say yesterday?", "2021-04-13", "2021-04-13")]
    [InlineData("What did Peskov say last week?", "2021-04-05", "2021-04-11")]
    [InlineData("What did Biden say on Tuesday?", "2021-04-13", "2021-04-13")]
    [InlineData("What did Peskov say on Wednesday?", "2021-04-14", "2021-04-14")]
    public void Date_expressions_become_a_range_resolved_against_the_as_of_day(string text, string from, string to)
    {
        var question = parser.Parse(text, AsOf);

        Assert.Equal(new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), question.Dates);
    }
}
