namespace NewsBot.Ingestion.Tests;

public class AllFormatsTests
{
    [Fact]
    public void A_folder_of_every_format_and_a_separate_file_are_read_in_one_run()
    {
        using var folder = new TempFolder();
        var archive = folder.Folder("archive");
        File.Copy(Reading.Fixture("seed.txt"), Path.Join(archive, "2021/seed.txt").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        File.Copy(Reading.Fixture("news-page.html"), Path.Join(archive, "web/page.html").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        File.Copy(Reading.Fixture("feed.rss"), Path.Join(archive, "feeds/courier.rss").Also(p => Directory.CreateDirectory(Path.GetDirectoryName(p)!)));
        File.Copy(Reading.Fixture("feed.atom"), Path.Join(archive, "feeds/gazette.atom"));
        folder.Write("archive/notes/plain.txt", "A plain note.\n\nWith two paragraphs.");
        folder.Write("archive/notes/story.md", "# Markdown story\n\nSome *text*.");
        folder.Write("archive/export/wire.jsonl", "{\"id\": \"w1\", \"text\": \"Wire one.\"}\n{\"id\": \"w2\", \"text\": \"Wire two.\"}\n");
        folder.Write("archive/export/cms.json", "[{\"id\": \"c1\", \"body\": \"CMS one.\"}]");
        folder.Write("archive/export/readme.pdf", "skipped");
        var loose = folder.Write("loose.ndjson", "{\"id\": \"l1\", \"content\": \"Loose.\"}\n");
        var reader = new ArticleFileReader(new IngestionOptions());

        var listing = reader.ListFiles([archive, loose]);
        var outcomes = listing.Files.SelectMany(file => reader.ReadFile(file)).ToList();

        Assert.Equal(1, listing.SkippedFiles);
        Assert.Empty(listing.Problems);
        Assert.Equal(
            ["2021/seed.txt", "export/cms.json", "export/wire.jsonl", "feeds/courier.rss", "feeds/gazette.atom", "notes/plain.txt", "notes/story.md", "web/page.html", "../loose.ndjson"],
            listing.Files.Select(f => Path.GetRelativePath(archive, f)));
        // One RSS item has a bad date; everything else is an article.
        Assert.Single(outcomes.Problems());
        Assert.Equal(1 + 1 + 2 + 3 + 2 + 1 + 1 + 1 + 1, outcomes.Articles().Count);
    }
}

internal static class PathExtensions
{
    /// <summary>Runs <paramref name="action"/> on a value and returns the value, to prepare a path inline.</summary>
    public static string Also(this string value, Action<string> action)
    {
        action(value);
        return value;
    }
}
