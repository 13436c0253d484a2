using static NewsBot.Ingestion.Tests.Reading;

namespace NewsBot.Ingestion.Tests;

public class FeedTests
{
    [Fact]
    public void Each_rss_item_is_an_article_and_one_bad_date_loses_only_its_item()
    {
        var path = Fixture("feed.rss");

        var outcomes = Read(path);

        Assert.Equal([$"{path}:8", $"{path}:16", $"{path}:28"], outcomes.OfType<ArticleRead>().Select(r => r.Origin));
        Assert.Equal([$"{path}:22: date 'sometime last week' is not a date; expected YYYY-MM-DD"], outcomes.Problems());
        var articles = outcomes.Articles();
        Assert.Equal(["courier-2023-0412", "https://courier.example/news/ferry-summer", "https://courier.example/news/notice"], articles.Select(a => a.Id));
        Assert.Equal(["Library extends opening hours", "Ferry timetable changes for summer", "Plain text notice"], articles.Select(a => a.Title));
        Assert.Equal([new DateOnly(2023, 4, 12), new DateOnly(2023, 4, 13), new DateOnly(2023, 4, 14)], articles.Select(a => a.Date!.Value));
        Assert.Equal(["https://courier.example/news/library-hours", "https://courier.example/news/ferry-summer", null], articles.Select(a => a.Url));
        Assert.All(articles, a => Assert.Equal("Riverside Courier: Local news", a.Source));
    }

    [Fact]
    public void Rss_text_comes_from_content_encoded_then_the_description_as_paragraphs()
    {
        var articles = Read(Fixture("feed.rss")).Articles();

        Assert.Equal(
            ["The central library will stay open until nine in the evening from next month, the council said on Wednesday.", "\"Students asked for it, and we listened,\" said head librarian Jonas Berg."],
            articles[0].Paragraphs.Select(p => p.Text));
        Assert.Equal(["Ferries to the island will run every half hour from June.", "The last boat leaves at eleven."], articles[1].Paragraphs.Select(p => p.Text));
        Assert.Equal(["Roadworks close Mill Lane on Friday.", "Diversions will be signposted."], articles[2].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Each_atom_entry_is_an_article_with_its_feed_as_source()
    {
        var path = Fixture("feed.atom");

        var reads = Read(path).Cast<ArticleRead>().ToList();

        Assert.Equal([$"{path}:6", $"{path}:15"], reads.Select(r => r.Origin));
        var (harvest, school) = (reads[0].Article, reads[1].Article);
        Assert.Equal("urn:uuid:7f1d0c3a-5b2e-4c8d-a1f9-3e6b8d0c2a44", harvest.Id);
        Assert.Equal("Orchard harvest best in a decade", harvest.Title);
        Assert.Equal(new DateOnly(2022, 11, 2), harvest.Date); // published, as written
        Assert.Equal("https://gazette.example/orchard-harvest", harvest.Url);
        Assert.Equal("Valley Gazette", harvest.Source);
        Assert.Equal(["Apple growers in the valley picked their largest crop in ten years, the growers' association said.", "Warm weather in spring helped, said grower Mia Lund."], harvest.Paragraphs.Select(p => p.Text));
        Assert.Equal(new DateOnly(2022, 11, 1), school.Date); // no published: updated
        Assert.Equal("https://gazette.example/new-school", school.Url);
        Assert.Equal(["The council voted nine to two for a new primary school.", "Building starts in March."], school.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_feed_saved_as_xml_or_txt_is_recognised_by_its_content()
    {
        using var folder = new TempFolder();
        var feed = File.ReadAllText(Fixture("feed.atom"));
        var xml = folder.Write("gazette.xml", feed);
        var txt = folder.Write("gazette.txt", feed);

        Assert.Equal(2, Read(xml).Articles().Count);
        Assert.Equal(2, Read(txt).Articles().Count);
    }

    [Fact]
    public void A_feed_that_is_not_well_formed_is_reported_with_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("broken.rss", "<rss version=\"2.0\">\n<channel>\n<item><title>One</title></channel>\n</rss>\n");

        Assert.Equal(
            $"{path}:3: not well-formed XML (The 'item' start tag on line 3 position 2 does not match the end tag of 'channel'); fix the feed or download it again",
            SingleProblem(path));
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_is_reported()
    {
        using var folder = new TempFolder();
        var path = folder.Write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://x.example/</loc></url></urlset>");

        Assert.Equal(
            $"{path}: an XML file but not an RSS or Atom feed (its root element is <urlset>); NewsBot reads .txt, .md, .json, .jsonl, .html and RSS/Atom feeds",
            SingleProblem(path));
    }

    [Fact]
    public void A_feed_item_without_text_is_reported_on_its_line()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty-item.rss", "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>Headline only</title></item>\n</channel></rss>");

        Assert.Equal(
            $"{path}:2: the feed item has no text (no content, description or summary); NewsBot needs the article's body",
            SingleProblem(path));
    }
}
