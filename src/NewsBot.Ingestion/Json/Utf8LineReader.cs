namespace NewsBot.Ingestion.Json;

/// <summary>One line of a UTF-8 file, without its line break, valid until the next line is read.</summary>
internal readonly record struct Utf8Line(int Number, long Offset, ReadOnlyMemory<byte> Bytes);

/// <summary>
/// Splits a stream into lines of raw bytes, so a JSON Lines file of any size is read with one line in memory and
/// each line's JSON is parsed straight from its UTF-8 bytes. Splitting bytes at '\n' is safe for UTF-8: that byte
/// never occurs inside a multi-byte character.
/// </summary>
internal static class Utf8LineReader
{
    private const int InitialBufferSize = 64 * 1024;

    public static IEnumerable<Utf8Line> ReadLines(Stream stream)
    {
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
                yield return new Utf8Line(++number, bufferOffset + start, buffer.AsMemory(start, length));
                start += newline + 1;
                continue;
            }
            if (endOfStream)
            {
                if (end > start)
                {
                    yield return new Utf8Line(++number, bufferOffset + start, buffer.AsMemory(start, end - start));
                }
                yield break;
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
                Array.Resize(ref buffer, buffer.Length * 2);
            }
            var read = stream.Read(buffer, end, buffer.Length - end);
            endOfStream = read == 0;
            end += read;
        }
    }
}
