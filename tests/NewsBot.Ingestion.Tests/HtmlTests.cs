using System.Text;
using static NewsBot.Ingestion.Tests.Reading;

namespace NewsBot.Ingestion.Tests;

public class HtmlTests
{
    [Fact]
    public void A_news_page_yields_its_story_without_menus_byline_asides_or_footer()
    {
        var article = SingleArticle(Fixture("news-page.html"));

        Assert.Equal(
            [
                "The Harbour Bridge reopened to traffic on Wednesday morning, two years after engineers closed it when cracks were found in two of its steel supports.",
                "\"We are delighted to give the bridge back to the people of Riverside,\" said Mayor Tomas Ferreira, who cut a ribbon at the northern end shortly after seven o'clock.",
                "Cost of the work",
                "The repairs cost 48 million dollars, about a third more than the council had planned, according to figures published by the city council last month.",
                "\"Every bolt was checked twice,\" the chief engineer, Priya Nair, told the Courier.",
                "Buses return to the bridge on Monday.",
                "Cyclists get a separate lane for the first time.",
                "Traffic on the ring road, which carried most of the bridge's cars during the closure, fell by a quarter within hours of the reopening, the transport office said.",
            ],
            article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_news_page_gives_its_title_date_canonical_url_and_site_name()
    {
        var article = SingleArticle(Fixture("news-page.html"));

        Assert.Equal("Harbour bridge reopens after two years of repairs", article.Title);
        Assert.Equal(new DateOnly(2023, 5, 17), article.Date); // as written in article:published_time, not shifted to UTC
        Assert.Equal("https://courier.example/news/harbour-bridge-reopens", article.Url);
        Assert.Equal("The Riverside Courier", article.Source);
        Assert.StartsWith("url-", article.Id, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<meta name="DC.date.issued" content="2020-03-05">""")]
    [InlineData("""<meta name="pubdate" content="2020-03-05T08:00:00Z">""")]
    [InlineData("""<meta itemprop="datePublished" content="2020-03-05">""")]
    [InlineData("""<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2020-03-05T10:00:00+01:00"}]}</script>""")]
    [InlineData("""<meta name="og:other" content="x"></head><body><time datetime="2020-03-05">5 March</time>""")]
    public void The_publication_date_is_found_wherever_the_page_puts_it(string markup)
    {
        using var folder = new TempFolder();
        var path = folder.Write("page.htm", $"<html><head><title>Dated page</title>{markup}</head><body><p>The story text is here.</p></body></html>");

        Assert.Equal(new DateOnly(2020, 3, 5), SingleArticle(path).Date);
    }

    [Fact]
    public void The_title_falls_back_to_the_title_element_then_the_first_heading()
    {
        using var folder = new TempFolder();
        var withTitle = folder.Write("a.html", "<html><head><title>Title element</title></head><body><h1>Heading</h1><p>Story.</p></body></html>");
        var withHeading = folder.Write("b.html", "<html><head></head><body><h1>Only a heading</h1><p>Story.</p></body></html>");

        Assert.Equal("Title element", SingleArticle(withTitle).Title);
        Assert.Equal("Only a heading", SingleArticle(withHeading).Title);
    }

    [Fact]
    public void A_windows_1252_page_is_decoded_by_its_declared_charset()
    {
        using var folder = new TempFolder();
        var html = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 closes</title></head><body><p>The caf\u00e9 \u201cclosed\u201d on Tuesday \u2013 for good.</p></body></html>";
        var path = folder.WriteBytes("cafe.html", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html));

        var article = SingleArticle(path);

        Assert.Equal("Caf\u00e9 closes", article.Title);
        Assert.Equal("The caf\u00e9 \u201cclosed\u201d on Tuesday \u2013 for good.", article.Text);
    }

    [Fact]
    public void A_page_without_a_charset_in_windows_1252_is_not_turned_into_replacement_characters()
    {
        using var folder = new TempFolder();
        var html = "<html><head><title>Na\u00efve</title></head><body><p>Ren\u00e9e said \u201cno\u201d.</p></body></html>";
        var path = folder.WriteBytes("old.html", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html));

        Assert.Equal("Ren\u00e9e said \u201cno\u201d.", SingleArticle(path).Text);
    }

    [Fact]
    public void A_page_with_no_text_is_reported()
    {
        using var folder = new TempFolder();
        var path = folder.Write("blank.html", "<html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>");

        Assert.Equal($"{path}: no article text found; NewsBot needs the body of the article", SingleProblem(path));
    }
}
