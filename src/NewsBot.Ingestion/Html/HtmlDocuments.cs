using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using NewsBot.Ingestion.Loading;

namespace NewsBot.Ingestion.Html;

/// <summary>Parses a saved page from its bytes, honouring its byte-order mark or declared charset.</summary>
internal static class HtmlDocuments
{
    public static IHtmlDocument Parse(byte[] bytes)
    {
        var parser = new HtmlParser();
        using var stream = new MemoryStream(bytes, writable: false);
        var document = parser.ParseDocument(stream);
        // A page saved without a charset (or with a wrong one) is nearly always windows-1252, as browsers assume:
        // read as UTF-8 its accented letters would become U+FFFD.
        if (document.CharacterSet.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && TextEncodings.DetectBom(bytes) == ByteOrderMark.None
            && TextEncodings.FirstInvalidUtf8Byte(bytes) is not null)
        {
            document = parser.ParseDocument(Windows1252().GetString(bytes));
        }
        return document;
    }

    private static Encoding Windows1252() => CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
}
