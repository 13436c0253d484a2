using static NewsBot.Ingestion.Tests.Reading;

namespace NewsBot.Ingestion.Tests;

public class JsonTests
{
    [Fact]
    public void Each_jsonl_line_is_an_article_with_the_line_as_its_origin()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.jsonl", """
            {"id": "a1", "title": "First", "date": "2005-05-30", "url": "https://news.example/1", "source": "Example News", "text": "One.\n\nTwo."}

            {"id": "a2", "title": "Second", "date": "2005-05-31", "text": "Three."}
            """);

        var outcomes = Read(path);

        var reads = outcomes.Cast<ArticleRead>().ToList();
        Assert.Equal([$"{path}:1", $"{path}:3"], reads.Select(r => r.Origin));
        var first = reads[0].Article;
        Assert.Equal(("a1", "First", new DateOnly(2005, 5, 30), "https://news.example/1", "Example News"), (first.Id, first.Title, first.Date!.Value, first.Url!, first.Source!));
        Assert.Equal(["One.", "Two."], first.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Common_field_aliases_are_accepted_in_any_case()
    {
        using var folder = new TempFolder();
        var path = folder.Write("aliases.ndjson", """
            {"Article_ID": 42, "HEADLINE": "Aliased", "publishedAt": "2021-04-14T23:30:00-05:00", "Link": "https://news.example/42", "publisher": {"@type": "Organization", "name": "Example Wire"}, "articleBody": "Body text."}
            {"guid": "g-7", "headline": "Paragraph array", "pubDate": "Wed, 14 Apr 2021 10:00:00 GMT", "permalink": "https://news.example/7", "site_name": "Site", "paragraphs": ["First paragraph.", "Second paragraph."]}
            {"_id": "m-1", "datePublished": "2021-04-14", "href": "https://news.example/m", "outlet": "Outlet", "content": "<p>Markup <b>removed</b>.</p><p>Second.</p>"}
            {"uuid": "u-1", "publication_date": "14 April 2021", "site": "S", "article_text": "Text."}
            """);

        var articles = Read(path).Articles();

        Assert.Equal(["42", "g-7", "m-1", "u-1"], articles.Select(a => a.Id));
        Assert.All(articles, a => Assert.Equal(new DateOnly(2021, 4, 14), a.Date));
        Assert.Equal(["Aliased", "Paragraph array"], articles.Take(2).Select(a => a.Title));
        Assert.Equal(["https://news.example/42", "https://news.example/7", "https://news.example/m", null], articles.Select(a => a.Url));
        Assert.Equal(["Example Wire", "Site", "Outlet", "S"], articles.Select(a => a.Source));
        Assert.Equal(["First paragraph.", "Second paragraph."], articles[1].Paragraphs.Select(p => p.Text));
        Assert.Equal(["Markup removed.", "Second."], articles[2].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void The_canonical_field_name_wins_over_an_alias()
    {
        using var folder = new TempFolder();
        var path = folder.Write("both.jsonl", """{"content": "From alias.", "text": "From text.", "headline": "Alias", "title": "Canonical"}""");

        var article = SingleArticle(path);

        Assert.Equal(("Canonical", "From text."), (article.Title, article.Text));
    }

    [Fact]
    public void A_malformed_jsonl_line_is_rejected_with_its_line_number_and_the_good_lines_are_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("mixed.jsonl", """
            {"id": "ok-1", "text": "Good one."}
            {"id": "bad", "text": "missing the closing brace"
            {"id": "ok-2", "text": "Good two."}
            not json at all
            {"id": "ok-3", "text": "Good three."}
            """);

        var outcomes = Read(path);

        Assert.Equal(["ok-1", "ok-2", "ok-3"], outcomes.Articles().Select(a => a.Id));
        Assert.Equal(
            [
                $"{path}:2: not valid JSON at column 50 (Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed); each line must be one complete JSON object",
                $"{path}:4: not valid JSON at column 2 ('not json at all' is an invalid JSON literal. Expected the literal 'null'); each line must be one complete JSON object",
            ],
            outcomes.Problems());
        Assert.IsType<IngestionProblem>(outcomes[1]);
    }

    [Fact]
    public void A_record_without_text_and_a_record_with_a_bad_date_are_reported_on_their_lines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("records.jsonl", """
            {"id": "no-text", "title": "Only a title"}
            {"id": "blank", "text": "   "}
            {"id": "bad-date", "date": "yesterday", "text": "Body."}
            [1, 2]
            """);

        Assert.Equal(
            [
                $"{path}:1: the article has no text; put its body in a \"text\" field",
                $"{path}:2: the article has no text; put its body in a \"text\" field",
                $"{path}:3: date 'yesterday' is not a date; expected YYYY-MM-DD",
                $"{path}:4: expected an article object but found an array; each article must be a JSON object with a \"text\" field",
            ],
            Read(path).Problems());
    }

    [Fact]
    public void A_json_array_yields_each_record_with_the_line_it_starts_on()
    {
        using var folder = new TempFolder();
        var path = folder.Write("articles.json", """
            [
              {"id": "j1", "title": "One", "text": "First body."},
              {
                "id": "j2",
                "date": "2019-01-05",
                "body": "Second body."
              },
              {"id": "j3", "date": "5th of Jan", "text": "Third body."}
            ]
            """);

        var outcomes = Read(path);

        Assert.Equal([$"{path}:2", $"{path}:3"], outcomes.OfType<ArticleRead>().Select(r => r.Origin));
        Assert.Equal([$"{path}:8: date '5th of Jan' is not a date; expected YYYY-MM-DD"], outcomes.Problems());
    }

    [Fact]
    public void A_single_json_object_is_one_article()
    {
        using var folder = new TempFolder();
        var path = folder.Write("one.json", """{"headline": "Single", "body": "Only body."}""");

        var outcome = Assert.IsType<ArticleRead>(Assert.Single(Read(path)));

        Assert.Equal(("Single", path), (outcome.Article.Title, outcome.Origin));
    }

    [Fact]
    public void A_malformed_json_array_is_reported_with_the_line_and_column_of_the_error()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.json", "[\n  {\"text\": \"fine\"},\n  {\"text\": \"oops\",, }\n]\n");

        Assert.Equal(
            $"{path}:3: not valid JSON at column 19 (',' is an invalid start of a property name. Expected a '\"'); fix the file (a JSON array of article objects, or one object) and read it again",
            SingleProblem(path));
    }
}
