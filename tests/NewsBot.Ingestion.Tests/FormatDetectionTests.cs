using static NewsBot.Ingestion.Tests.Reading;

namespace NewsBot.Ingestion.Tests;

public class FormatDetectionTests
{
    [Fact]
    public void Json_lines_saved_as_txt_are_read_as_json_lines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("export.txt", "{\"id\": \"t1\", \"text\": \"One.\"}\n{\"id\": \"t2\", \"text\": \"Two.\"}\n");

        Assert.Equal(["t1", "t2"], Read(path).Articles().Select(a => a.Id));
    }

    [Fact]
    public void A_json_array_without_an_extension_is_read_as_json()
    {
        using var folder = new TempFolder();
        var path = folder.Write("export", "[\n  {\"id\": \"n1\", \"text\": \"One.\"}\n]\n");

        Assert.Equal(["n1"], Read(path).Articles().Select(a => a.Id));
    }

    [Fact]
    public void A_saved_page_with_an_unknown_extension_is_read_as_html()
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.aspx", "<!DOCTYPE html><html><head><title>Saved page</title></head><body><p>Page text.</p></body></html>");

        var article = SingleArticle(path);

        Assert.Equal(("Saved page", "Page text."), (article.Title, article.Text));
    }

    [Fact]
    public void Text_that_starts_with_the_word_date_but_no_date_is_plain_text()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.txt", "date night at the cinema drew crowds.\n\nTickets sold out.");

        var article = SingleArticle(path);

        Assert.Null(article.Date);
        Assert.Equal("date night at the cinema drew crowds.", article.Paragraphs[0].Text);
    }
}
