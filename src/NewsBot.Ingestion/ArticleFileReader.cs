using System.Text;
using NewsBot.Ingestion.Feeds;
using NewsBot.Ingestion.Html;
using NewsBot.Ingestion.Json;
using NewsBot.Ingestion.Listing;
using NewsBot.Ingestion.Loading;
using NewsBot.Ingestion.Text;

namespace NewsBot.Ingestion;

/// <summary>
/// Reads news articles from files and folders. Bad input never stops a run: every file yields its articles and,
/// for whatever could not be read, a problem that names the file (and line) and says what to do.
/// </summary>
public sealed class ArticleFileReader
{
    /// <summary>Enough of the start of a file to tell text from binary and to recognise its format.</summary>
    private const int HeadBytes = 8 * 1024;

    private readonly IngestionOptions _options;

    public ArticleFileReader(IngestionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The files to read under <paramref name="paths"/> (files and folders), in reading order.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the reader's instance API, next to ReadFile; listing may come to use the options.")]
    public SourceListing ListFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return SourceLister.List(paths);
    }

    /// <summary>
    /// Every article or problem in the file, in file order. Never throws for bad content or I/O errors.
    /// <paramref name="bytesRead"/> hears how far into the file reading has got after each outcome, so a progress
    /// bar moves through one large export instead of jumping from 0 to 100 %.
    /// </summary>
    public IEnumerable<IngestionOutcome> ReadFile(string path, IProgress<long>? bytesRead = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Guarded(path, Read(path, bytesRead));
    }

    /// <summary>
    /// Turns an exception while reading into a problem for this file, so a failing disk or a parser tripping over
    /// strange content costs one file, not the run.
    /// </summary>
    private static IEnumerable<IngestionOutcome> Guarded(string path, IEnumerable<IngestionOutcome> outcomes)
    {
        using var enumerator = outcomes.GetEnumerator();
        while (true)
        {
            IngestionOutcome? next;
            IngestionProblem? failure = null;
            try
            {
                next = enumerator.MoveNext() ? enumerator.Current : null;
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                next = null;
                failure = new IngestionProblem(path, null, Problems.Unreadable(error));
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            if (next is null)
            {
                break;
            }
            yield return next;
        }
    }

    private IEnumerable<IngestionOutcome> Read(string path, IProgress<long>? bytesRead)
    {
        if (Directory.Exists(path))
        {
            yield return new IngestionProblem(path, null, Problems.IsFolder);
            yield break;
        }
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            yield return new IngestionProblem(path, null, Problems.NoSuchPath);
            yield break;
        }
        // Checked before opening: a stray video or database dump is refused without reading it. JSON Lines are
        // streamed a line at a time, so an export of any size is read, and the limit applies to each line instead.
        var streamed = FormatDetector.IsJsonLinesByName(path);
        if (!streamed && info.Length > _options.MaxFileBytes)
        {
            yield return new IngestionProblem(path, null, Problems.TooLarge(info.Length, _options.MaxFileBytes));
            yield break;
        }
        if (info.Length == 0)
        {
            yield return new IngestionProblem(path, null, Problems.EmptyFile);
            yield break;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        var head = ReadHead(stream);
        var bom = TextEncodings.DetectBom(head);
        if (TextEncodings.LooksBinary(head, bom))
        {
            yield return new IngestionProblem(path, null, Problems.Binary);
            yield break;
        }
        var format = FormatDetector.Detect(path, TextEncodings.DecodeHead(head, bom));
        stream.Position = 0;
        if (streamed && TextEncodings.IsUtf16(bom) && info.Length > _options.MaxFileBytes)
        {
            // UTF-16 is decoded whole before its lines are split, so the file limit holds after all.
            yield return new IngestionProblem(path, null, Problems.TooLarge(info.Length, _options.MaxFileBytes));
            yield break;
        }
        var outcomes = format == ArticleFormat.JsonLines && !TextEncodings.IsUtf16(bom)
            ? JsonLinesReader.Read(path, stream, _options.MaxFileBytes) // a large export is never held in memory whole
            : ReadWhole(path, ReadAll(stream), format, _options.MaxFileBytes);
        var any = false;
        foreach (var outcome in outcomes)
        {
            any = true;
            bytesRead?.Report(stream.Position);
            yield return outcome;
        }
        if (!any)
        {
            yield return new IngestionProblem(path, null, Problems.EmptyFile);
        }
    }

    private static IEnumerable<IngestionOutcome> ReadWhole(string path, byte[] bytes, ArticleFormat format, long maxLineBytes)
    {
        if (format is ArticleFormat.Html or ArticleFormat.Feed)
        {
            // Pages and feeds declare their own encoding, so their bytes go to the parser as they are.
            if (IsBlank(bytes))
            {
                return [];
            }
            return format == ArticleFormat.Html ? [HtmlArticleReader.Read(path, bytes)] : FeedReader.Read(path, bytes);
        }
        var decoded = TextEncodings.Decode(bytes);
        if (decoded.Text is null)
        {
            return [new IngestionProblem(path, null, Problems.NotUtf8(decoded.InvalidByteOffset!.Value))];
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return [];
        }
        return format switch
        {
            ArticleFormat.JsonLines => JsonLinesReader.Read(path, new MemoryStream(Encoding.UTF8.GetBytes(decoded.Text)), maxLineBytes),
            ArticleFormat.Json => JsonFileReader.Read(path, decoded.Text),
            _ => [TextArticleReader.Read(path, decoded.Text, format)],
        };
    }

    private static byte[] ReadHead(Stream stream)
    {
        var head = new byte[HeadBytes];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return head[..length];
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream(stream.CanSeek ? (int)Math.Min(stream.Length, int.MaxValue) : 0);
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool IsBlank(byte[] bytes) =>
        bytes.AsSpan(TextEncodings.Length(TextEncodings.DetectBom(bytes))).IndexOfAnyExcept(" \t\r\n"u8) < 0;
}
