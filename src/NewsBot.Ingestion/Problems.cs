using System.Globalization;

namespace NewsBot.Ingestion;

/// <summary>
/// Every message a user can get about their files, in one place so they read alike: what is wrong, then what to do.
/// </summary>
internal static class Problems
{
    public const string NoSuchPath = "no such file or folder; check the path";
    public const string IsFolder = "is a folder, not a file; give the folder to NewsBot to read the files in it";
    public const string EmptyFile = "the file is empty; there is no article to read";
    public const string Binary = "not a text file (binary content); NewsBot reads " + SupportedFormats.Summary;
    public const string RecordWithoutText = "the article has no text; put its body in a \"text\" field";
    public const string NoArticleText = "no article text found; NewsBot needs the body of the article";

    public static string NotUtf8(long offset) => string.Create(CultureInfo.InvariantCulture,
        $"not valid UTF-8 text (first bad byte at offset {offset}); save the file as UTF-8 and try again");

    public static string TooLarge(long size, long limit) =>
        $"the file is {FormatSize(size)}, over the limit of {FormatSize(limit)}; split it into smaller files or raise the limit (setting Archive:MaxFileMegabytes)";

    public static string LineTooLarge(long size, long limit) =>
        $"the line is {FormatSize(size)}, over the limit of {FormatSize(limit)} for one article; put one article on each line or raise the limit (setting Archive:MaxFileMegabytes)";

    public static string BadDate(string value) => $"date '{value}' is not a date; expected YYYY-MM-DD";

    public static string Unreadable(Exception error) => error switch
    {
        UnauthorizedAccessException => "could not be read (permission denied); check the file's permissions",
        _ => $"could not be read ({error.Message.TrimEnd('.')}); check the file and try again",
    };

    public static string FolderUnreadable(Exception error) => error switch
    {
        UnauthorizedAccessException => "the folder could not be opened (permission denied); check its permissions",
        _ => $"the folder could not be opened ({error.Message.TrimEnd('.')}); check it and try again",
    };

    public static string NothingReadableInFolder(int skipped) => skipped == 0
        ? "the folder holds no article files; NewsBot reads " + SupportedFormats.Summary
        : string.Create(CultureInfo.InvariantCulture,
            $"the folder holds no article files ({skipped} {(skipped == 1 ? "file" : "files")} of other types skipped); NewsBot reads {SupportedFormats.Summary}");

    public static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.#} GB"),
    };
}
