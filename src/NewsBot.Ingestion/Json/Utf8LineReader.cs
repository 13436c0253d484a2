namespace NewsBot.Ingestion.Json;

/// <summary>
/// One line of a UTF-8 file, without its line break, valid until the next line is read. A line longer than the
/// reader's limit has no bytes; <see cref="OverlongBytes"/> says how long it was.
/// </summary>
internal readonly record struct Utf8Line(int Number, long Offset, ReadOnlyMemory<byte> Bytes, long OverlongBytes = 0)
{
    public bool IsOverlong => OverlongBytes > 0;
}

/// <summary>
/// Splits a stream into lines of raw bytes, so a JSON Lines file of any size is read with one line in memory and
/// each line's JSON is parsed straight from its UTF-8 bytes. Splitting bytes at '\n' is safe for UTF-8: that byte
/// never occurs inside a multi-byte character. A line over the limit is skipped, not held: memory stays bounded
/// even for a file without line breaks, and the lines after it are still read.
/// </summary>
internal static class Utf8LineReader
{
    private const int InitialBufferSize = 64 * 1024;

    public static IEnumerable<Utf8Line> ReadLines(Stream stream, long maxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        var buffer = new byte[InitialBufferSize];
        int start = 0, end = 0, number = 0;
        long bufferOffset = 0; // file offset of buffer[0]
        var endOfStream = false;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = newline;
                if (length > 0 && buffer[start + length - 1] == '\r')
                {
                    length--;
                }
                yield return Line(++number, bufferOffset, buffer, start, length, maxLineBytes);
                start += newline + 1;
                continue;
            }
            if (endOfStream)
            {
                if (end > start)
                {
                    yield return Line(++number, bufferOffset, buffer, start, end - start, maxLineBytes);
                }
                yield break;
            }
            if (end - start > maxLineBytes)
            {
                var lineOffset = bufferOffset + start;
                var skip = SkipRestOfLine(stream, buffer, start, end);
                yield return new Utf8Line(++number, lineOffset, ReadOnlyMemory<byte>.Empty, skip.LineLength);
                // The bytes after the line break sit at buffer[0..RestLength]; the break itself was at LineEnd.
                bufferOffset = lineOffset + skip.LineEnd + 1;
                start = 0;
                end = skip.RestLength;
                endOfStream = skip.Ended;
                continue;
            }
            // Keep the partial line: move it to the front, or grow the buffer when the line fills it.
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                bufferOffset += start;
                end -= start;
                start = 0;
            }
            else if (end == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(Math.Min((long)buffer.Length * 2, maxLineBytes + 1), Array.MaxLength));
            }
            var read = stream.Read(buffer, end, buffer.Length - end);
            endOfStream = read == 0;
            end += read;
        }
    }

    /// <summary>A whole line in buffer[start..start+length], or only its length when it is over the limit.</summary>
    private static Utf8Line Line(int number, long bufferOffset, byte[] buffer, int start, int length, long maxLineBytes) =>
        length > maxLineBytes
            ? new Utf8Line(number, bufferOffset + start, ReadOnlyMemory<byte>.Empty, length)
            : new Utf8Line(number, bufferOffset + start, buffer.AsMemory(start, length));

    /// <summary>
    /// Reads on past the end of an overlong line whose first bytes are buffer[start..end], leaving the bytes after
    /// its line break at the front of the buffer. Says where the break was (relative to the line's start), how long
    /// the line was without a '\r' before it, how many bytes follow it in the buffer, and whether the stream ended first.
    /// </summary>
    private static SkippedLine SkipRestOfLine(Stream stream, byte[] buffer, int start, int end)
    {
        long consumed = end - start;
        var lastByte = buffer[end - 1];
        while (true)
        {
            var read = stream.Read(buffer, 0, buffer.Length);
            if (read == 0)
            {
                return new SkippedLine(consumed, consumed, 0, Ended: true);
            }
            var newline = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var carriageReturn = (newline > 0 ? buffer[newline - 1] : lastByte) == '\r';
                var lineEnd = consumed + newline;
                Buffer.BlockCopy(buffer, newline + 1, buffer, 0, read - newline - 1);
                return new SkippedLine(lineEnd, lineEnd - (carriageReturn ? 1 : 0), read - newline - 1, Ended: false);
            }
            consumed += read;
            lastByte = buffer[read - 1];
        }
    }

    private readonly record struct SkippedLine(long LineEnd, long LineLength, int RestLength, bool Ended);
}
