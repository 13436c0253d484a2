using static NewsBot.Ingestion.Tests.Reading;

namespace NewsBot.Ingestion.Tests;

public class TextAndMarkdownTests
{
    [Fact]
    public void A_plain_text_file_is_split_into_paragraphs_at_blank_lines()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.txt", "The mill closed on Friday.\nIts owners blamed energy prices.\n\n\nForty people worked there.\r\n");

        var article = SingleArticle(path);

        Assert.Equal(["The mill closed on Friday. Its owners blamed energy prices.", "Forty people worked there."], article.Paragraphs.Select(p => p.Text));
        Assert.Equal("The mill closed on Friday.", article.Title);
        Assert.Null(article.Date);
    }

    [Fact]
    public void Front_matter_gives_a_plain_file_its_id_title_date_url_and_source()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.txt", """
            ---
            id: mill-2023-01
            title: "Mill closes after 90 years"
            date: 2023-01-20
            url: https://paper.example/mill
            source: The Paper
            author: ignored
            ---
            The mill closed on Friday.

            Forty people worked there.
            """);

        var article = SingleArticle(path);

        Assert.Equal("mill-2023-01", article.Id);
        Assert.Equal("Mill closes after 90 years", article.Title);
        Assert.Equal(new DateOnly(2023, 1, 20), article.Date);
        Assert.Equal("https://paper.example/mill", article.Url);
        Assert.Equal("The Paper", article.Source);
        Assert.Equal(["The mill closed on Friday.", "Forty people worked there."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_front_matter_date_that_is_not_a_date_is_reported_on_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.md", "---\ntitle: Mill\ndate: yesterday\n---\nThe mill closed.\n");

        Assert.Equal($"{path}:3: date 'yesterday' is not a date; expected YYYY-MM-DD", SingleProblem(path));
    }

    [Fact]
    public void Markdown_is_stored_as_the_text_a_reader_sees_with_its_first_heading_as_title()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.md", """
            # Mill closes after *90 years*

            The mill closed on **Friday**, its owners [said](https://paper.example/statement).

            ## What happens next

            - Workers get *three months'* pay.
            - The site will be sold.

            > "It is a sad day," said `Anna Holt`.

            ---

            ![the mill](mill.jpg)
            """);

        var article = SingleArticle(path);

        Assert.Equal("Mill closes after 90 years", article.Title);
        Assert.Equal(
            [
                "The mill closed on Friday, its owners said.",
                "What happens next",
                "Workers get three months' pay.",
                "The site will be sold.",
                "\"It is a sad day,\" said Anna Holt.",
            ],
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_front_matter_title_wins_over_the_markdown_heading()
    {
        using var folder = new TempFolder();
        var path = folder.Write("story.markdown", "---\ntitle: From front matter\n---\n# From heading\n\nBody text.\n");

        var article = SingleArticle(path);

        Assert.Equal("From front matter", article.Title);
        Assert.Equal(["From heading", "Body text."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Text_with_a_utf8_or_utf16_byte_order_mark_is_read()
    {
        using var folder = new TempFolder();
        var text = "Café owners protest.\n\nThey met on Monday.";
        var utf8 = folder.WriteBytes("utf8.txt", [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)]);
        var utf16 = folder.WriteBytes("utf16.txt", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)]);

        Assert.Equal(["Café owners protest.", "They met on Monday."], SingleArticle(utf8).Paragraphs.Select(p => p.Text));
        Assert.Equal(["Café owners protest.", "They met on Monday."], SingleArticle(utf16).Paragraphs.Select(p => p.Text));
    }
}
