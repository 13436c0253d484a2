using System.IO.Hashing;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace NewsBot.Index;

/// <summary>
/// Writes one index file as Lucene.Net's own file output does: the same bytes, and the same CRC-32 (the checksum Lucene
/// stores in each file's footer and verifies when it opens or checks a file). The difference is speed. Lucene.Net
/// computes the CRC with a table lookup per byte and writes through a FileStream's second buffer; profiled on the 100×
/// corpus, that loop alone was 2.7 % of `index`'s CPU (every byte of every flushed and merged segment goes through
/// it). Here .NET's vectorised <see cref="Crc32"/> checksums a whole buffer at a time, and full buffers go to the file
/// handle directly.
/// </summary>
/// <remarks>Like every Lucene output, one thread writes it; it is not thread-safe.</remarks>
internal sealed class ChecksummedFileOutput : IndexOutput
{
    private const int BufferSize = 16 * 1024;

    private readonly SafeFileHandle file;
    private readonly Action onClosed;
    private readonly Crc32 crc = new();
    private readonly byte[] buffer = new byte[BufferSize];
    private int buffered;
    // How much of the buffer the checksum already holds: reading the checksum (for a footer) takes in what is buffered.
    private int checksummed;
    private long written;
    private bool closed;

    /// <summary>Creates (or truncates) <paramref name="path"/>; <paramref name="onClosed"/> runs once, when it is closed.</summary>
    public ChecksummedFileOutput(string path, Action onClosed)
    {
        file = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        this.onClosed = onClosed;
    }

    public override long Position => written + buffered;

    public override long Length
    {
        get => Position;
        // Lucene's optional hint to pre-allocate the file; not taken, as Lucene.Net's own output does not either.
        set { }
    }

    /// <summary>The CRC-32 of every byte written so far, as Lucene's footer wants it.</summary>
    public override long Checksum
    {
        get
        {
            EnsureOpen();
            crc.Append(buffer.AsSpan(checksummed, buffered - checksummed));
            checksummed = buffered;
            return crc.GetCurrentHashAsUInt32();
        }
    }

    public override void WriteByte(byte b)
    {
        EnsureOpen();
        if (buffered == BufferSize)
        {
            WriteBuffer();
        }
        buffer[buffered++] = b;
    }

    public override void WriteBytes(byte[] b, int offset, int length)
    {
        EnsureOpen();
        var bytes = b.AsSpan(offset, length);
        if (bytes.Length > BufferSize - buffered)
        {
            WriteBuffer();
        }
        if (bytes.Length >= BufferSize)
        {
            crc.Append(bytes);
            RandomAccess.Write(file, bytes, written);
            written += bytes.Length;
            return;
        }
        bytes.CopyTo(buffer.AsSpan(buffered));
        buffered += bytes.Length;
    }

    /// <summary>Hands what is buffered to the operating system (Lucene's meaning of flush; syncing is the directory's).</summary>
    public override void Flush()
    {
        EnsureOpen();
        WriteBuffer();
    }

    [Obsolete("Lucene 4.8's codecs write every file front to back; kept only because IndexOutput declares it.")]
    public override void Seek(long pos) =>
        throw new NotSupportedException("Index files are written front to back; seeking would invalidate the checksum.");

    protected override void Dispose(bool disposing)
    {
        if (!disposing || closed)
        {
            return;
        }
        try
        {
            WriteBuffer();
        }
        finally
        {
            closed = true;
            file.Dispose();
            onClosed();
        }
    }

    private void WriteBuffer()
    {
        if (buffered == 0)
        {
            return;
        }
        var bytes = buffer.AsSpan(0, buffered);
        crc.Append(bytes[checksummed..]);
        RandomAccess.Write(file, bytes, written);
        written += buffered;
        buffered = 0;
        checksummed = 0;
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(closed, this);
}
