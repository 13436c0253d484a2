using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace NewsBot.Ingestion.Loading;

/// <summary>The byte-order mark a file starts with, which decides how its text is decoded.</summary>
internal enum ByteOrderMark
{
    None,
    Utf8,
    Utf16LittleEndian,
    Utf16BigEndian,
}

/// <summary>
/// Strict decoding for the text formats: UTF-8 (with or without BOM) or UTF-16 with a BOM. Lossy decoding would
/// silently store U+FFFD in the index, so invalid bytes are reported with their position instead.
/// </summary>
internal static class TextEncodings
{
    private static readonly Encoding StrictUtf16LittleEndian = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static ByteOrderMark DetectBom(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => ByteOrderMark.Utf8,
        [0xFF, 0xFE, ..] => ByteOrderMark.Utf16LittleEndian,
        [0xFE, 0xFF, ..] => ByteOrderMark.Utf16BigEndian,
        _ => ByteOrderMark.None,
    };

    public static int Length(ByteOrderMark bom) => bom switch
    {
        ByteOrderMark.Utf8 => 3,
        ByteOrderMark.Utf16LittleEndian or ByteOrderMark.Utf16BigEndian => 2,
        _ => 0,
    };

    public static bool IsUtf16(ByteOrderMark bom) => bom is ByteOrderMark.Utf16LittleEndian or ByteOrderMark.Utf16BigEndian;

    /// <summary>Binary files (images, PDFs, archives, databases) nearly always hold NUL bytes early on; text never does.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> head, ByteOrderMark bom) => !IsUtf16(bom) && head.Contains((byte)0);

    /// <summary>Decodes the start of a file for format sniffing; bad bytes are harmless here.</summary>
    public static string DecodeHead(ReadOnlySpan<byte> head, ByteOrderMark bom)
    {
        var body = head[Length(bom)..];
        return bom switch
        {
            ByteOrderMark.Utf16LittleEndian => Encoding.Unicode.GetString(body[..(body.Length & ~1)]),
            ByteOrderMark.Utf16BigEndian => Encoding.BigEndianUnicode.GetString(body[..(body.Length & ~1)]),
            _ => Encoding.UTF8.GetString(body),
        };
    }

    /// <summary>
    /// Decodes a whole file, or returns the byte offset (from the start of the file) of the first byte that is
    /// not valid in its encoding.
    /// </summary>
    public static DecodedText Decode(byte[] bytes, long fileOffset = 0)
    {
        var bom = DetectBom(bytes);
        var start = Length(bom);
        if (IsUtf16(bom))
        {
            try
            {
                var encoding = bom == ByteOrderMark.Utf16LittleEndian ? StrictUtf16LittleEndian : StrictUtf16BigEndian;
                return new DecodedText(encoding.GetString(bytes, start, bytes.Length - start), null);
            }
            catch (DecoderFallbackException e)
            {
                return new DecodedText(null, fileOffset + start + Math.Max(0, e.Index));
            }
        }
        var invalidAt = FirstInvalidUtf8Byte(bytes.AsSpan(start));
        return invalidAt is { } offset
            ? new DecodedText(null, fileOffset + start + offset)
            : new DecodedText(Encoding.UTF8.GetString(bytes, start, bytes.Length - start), null);
    }

    /// <summary>The offset of the first byte that is not part of valid UTF-8, or null when all of it is valid.</summary>
    public static long? FirstInvalidUtf8Byte(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return null;
        }
        var scratch = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long consumed = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes, scratch, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                consumed += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return consumed;
                }
                bytes = bytes[read..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }
}

/// <summary>The text of a file, or where its bytes stopped being text.</summary>
internal readonly record struct DecodedText(string? Text, long? InvalidByteOffset);
