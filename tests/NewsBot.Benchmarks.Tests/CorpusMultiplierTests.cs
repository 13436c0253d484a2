using System.Text;
using System.Text.Json;
using NewsBot.Benchmarks.Corpus;

namespace NewsBot.Benchmarks.Tests;

public sealed class CorpusMultiplierTests : IDisposable
{
    private const string First = """{"id": "enwikinews-1", "title": "Élysée talks", "date": "2005-03-01", "url": "https://en.wikinews.org/wiki?curid=1", "source": "Wikinews (English)", "text": "Café owners met.\n\nThey said \"enough\"."}""";
    private const string Second = """{"id": "enwikinews-2", "title": "Undated", "text": "A second article.\n\nWith two paragraphs."}""";

    private readonly TempFolder folder = new();

    [Fact]
    public void Copy_zero_is_the_corpus_line_itself()
    {
        Assert.Equal(First, CorpusCopy.Transform(First, 0));
    }

    [Fact]
    public void A_copy_has_the_id_suffix_and_a_date_that_many_days_earlier_and_the_same_title_and_text()
    {
        var copy = JsonDocument.Parse(CorpusCopy.Transform(First, 3)).RootElement;
        var original = JsonDocument.Parse(First).RootElement;

        Assert.Equal("enwikinews-1-copy3", copy.GetProperty("id").GetString());
        Assert.Equal("2005-02-26", copy.GetProperty("date").GetString());
        Assert.Equal(original.GetProperty("title").GetString(), copy.GetProperty("title").GetString());
        Assert.Equal(original.GetProperty("text").GetString(), copy.GetProperty("text").GetString());
        Assert.Equal(original.GetProperty("url").GetString(), copy.GetProperty("url").GetString());
    }

    [Fact]
    public void A_copy_of_an_undated_article_stays_undated()
    {
        var copy = JsonDocument.Parse(CorpusCopy.Transform(Second, 1)).RootElement;

        Assert.False(copy.TryGetProperty("date", out _));
        Assert.Equal("enwikinews-2-copy1", copy.GetProperty("id").GetString());
    }

    [Fact]
    public void A_scale_is_one_file_per_copy_with_distinct_ids_and_the_articles_and_text_bytes_counted()
    {
        var source = folder.File("articles.jsonl", First + "\n\n" + Second + "\n");

        var corpus = new CorpusMultiplier(source, folder.Sub("copies")).Prepare(3);

        Assert.Equal(3, corpus.Files.Count);
        Assert.Equal(6, corpus.Articles);
        var textBytes = Encoding.UTF8.GetByteCount("Café owners met.\n\nThey said \"enough\".") + Encoding.UTF8.GetByteCount("A second article.\n\nWith two paragraphs.");
        Assert.Equal(3L * textBytes, corpus.TextBytes);
        var ids = corpus.Files.SelectMany(File.ReadLines).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(6, ids.Distinct().Count());
    }

    [Fact]
    public void A_larger_scale_reuses_the_copies_a_smaller_scale_wrote()
    {
        var source = folder.File("articles.jsonl", First + "\n");
        var multiplier = new CorpusMultiplier(source, folder.Sub("copies"));
        var small = multiplier.Prepare(2);
        File.AppendAllText(small.Files[1], "");
        var marker = File.GetLastWriteTimeUtc(small.Files[1]);

        var large = multiplier.Prepare(4);

        Assert.Equal(small.Files, large.Files.Take(2));
        Assert.Equal(marker, File.GetLastWriteTimeUtc(large.Files[1]));
        Assert.Equal(4, large.Files.Count(File.Exists));
    }

    [Fact]
    public void A_corpus_line_that_is_not_a_json_object_is_reported_with_its_line_number()
    {
        var source = folder.File("articles.jsonl", First + "\n{\"id\": \"x\", \n");

        var error = Assert.Throws<InvalidDataException>(() => new CorpusMultiplier(source, folder.Sub("copies")).Prepare(2));

        Assert.StartsWith($"{source}:2: not a JSON object", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("the corpus must be JSON Lines, one article object a line.", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
