namespace NewsBot.Ingestion.Tests;

public class ListingTests
{
    private static SourceListing List(params string[] paths) => new ArticleFileReader(new IngestionOptions()).ListFiles(paths);

    [Fact]
    public void Folders_are_walked_recursively_in_a_fixed_order_files_first()
    {
        using var folder = new TempFolder();
        folder.Write("b.txt", "B");
        folder.Write("a.md", "A");
        folder.Write("sub/z.jsonl", "{}");
        folder.Write("sub/deeper/y.html", "<p>Y</p>");
        folder.Write("another/x.rss", "<rss/>");

        var listing = List(folder.Path);

        Assert.Equal(
            ["a.md", "b.txt", "another/x.rss", "sub/z.jsonl", "sub/deeper/y.html"],
            listing.Files.Select(f => Path.GetRelativePath(folder.Path, f)));
        Assert.Empty(listing.Problems);
        Assert.Equal(0, listing.SkippedFiles);
    }

    [Fact]
    public void Hidden_files_and_folders_are_left_out_and_other_file_types_are_counted()
    {
        using var folder = new TempFolder();
        folder.Write("story.txt", "Story");
        folder.Write(".draft.txt", "Hidden draft");
        folder.Write(".git/config.txt", "Hidden folder");
        folder.Write("photo.jpg", "not read");
        folder.Write("sub/report.pdf", "not read");

        var listing = List(folder.Path);

        Assert.Equal([Path.Join(folder.Path, "story.txt")], listing.Files);
        Assert.Equal(2, listing.SkippedFiles);
        Assert.Empty(listing.Problems);
    }

    [Fact]
    public void Several_paths_in_one_call_keep_their_order_and_a_file_named_twice_is_read_once()
    {
        using var folder = new TempFolder();
        var single = folder.Write("single/one.txt", "One");
        var named = folder.Write("unknown.dat", "A file named explicitly is read whatever its type");
        var corpus = folder.Folder("corpus");
        folder.Write("corpus/two.json", "{}");
        var missing = Path.Join(folder.Path, "missing");

        var listing = List(single, corpus, missing, named, single);

        Assert.Equal([single, Path.Join(corpus, "two.json"), named], listing.Files);
        Assert.Equal([$"{missing}: no such file or folder; check the path"], listing.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_folder_with_nothing_readable_is_a_problem_that_says_what_was_skipped()
    {
        using var folder = new TempFolder();
        var photos = folder.Folder("photos");
        folder.Write("photos/a.jpg", "x");
        folder.Write("photos/b.png", "x");
        var empty = folder.Folder("empty");

        var listing = List(photos, empty);

        Assert.Empty(listing.Files);
        Assert.Equal(2, listing.SkippedFiles);
        Assert.Equal(
            [
                $"{photos}: the folder holds no article files (2 files of other types skipped); NewsBot reads .txt, .md, .json, .jsonl, .html and RSS/Atom feeds",
                $"{empty}: the folder holds no article files; NewsBot reads .txt, .md, .json, .jsonl, .html and RSS/Atom feeds",
            ],
            listing.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Supported_formats_list_every_extension_for_the_help_text()
    {
        Assert.Equal([".txt", ".md", ".markdown", ".jsonl", ".ndjson", ".json", ".html", ".htm", ".rss", ".atom", ".xml"], SupportedFormats.Extensions);
        Assert.True(SupportedFormats.IsSupported("STORY.HTML"));
        Assert.False(SupportedFormats.IsSupported("notes.pdf"));
    }
}
