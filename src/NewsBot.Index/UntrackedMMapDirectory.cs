using System.Reflection;
using System.Runtime.CompilerServices;
using Lucene.Net.Store;

namespace NewsBot.Index;

/// <summary>
/// Lucene.Net's memory-mapped directory without its clone register. Every search clones the files it reads (a
/// term-dictionary input per word, field and segment, a postings input per scorer), and Lucene.Net's
/// <see cref="ByteBufferIndexInput"/> enters each clone in a <see cref="ConditionalWeakTable{TKey,TValue}"/> so that
/// closing the file can cut its clones off. Every entry is a dependent handle that each garbage collection must
/// trace, and a search makes dozens: on the corpus, gen-0 collections took 0.81 ms (median) with the register and
/// 0.34 ms without, a collection came every ~20 searches, and those searches set the p99.
/// <para>
/// The register is Java's guard against reading an unmapped buffer, which crashes a JVM. Here every read goes
/// through a <see cref="System.IO.MemoryMappedFiles.MemoryMappedViewAccessor"/>, which holds the mapping for the
/// length of the read and throws <see cref="ObjectDisposedException"/> once the file is closed, so a clone read after
/// its file closed still fails with an error, never a crash (tested). Lucene.Net sets the register in a constructor it
/// does not let us reach, so it is cleared, by reflection, on each file as it opens; if a Lucene.Net upgrade renames
/// the field, files stay registered (correct, only slower) and a test says so.
/// </para>
/// <para>
/// Files are written through <see cref="ChecksummedFileOutput"/>: the same bytes and checksums as Lucene.Net's output,
/// with a vectorised CRC-32.
/// </para>
/// </summary>
internal sealed class UntrackedMMapDirectory(string path) : MMapDirectory(new DirectoryInfo(path))
{
    private static readonly FieldInfo? CloneRegister = typeof(ByteBufferIndexInput)
        .GetField("clones", BindingFlags.Instance | BindingFlags.NonPublic) is { FieldType.IsGenericType: true } field
        && field.FieldType.GetGenericTypeDefinition() == typeof(ConditionalWeakTable<,>)
            ? field
            : null;

    /// <summary>
    /// Compound files open through here too: <see cref="MMapDirectory.CreateSlicer"/> opens the whole file with this
    /// method, and its slices copy the cleared register.
    /// </summary>
    public override IndexInput OpenInput(string name, IOContext context)
    {
        var input = base.OpenInput(name, context);
        if (input is ByteBufferIndexInput)
        {
            CloneRegister?.SetValue(input, null);
        }
        return input;
    }

    /// <summary>As <see cref="FSDirectory.CreateOutput"/>, with the faster checksum of <see cref="ChecksummedFileOutput"/>.</summary>
    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        EnsureCanWrite(name);
        // Lucene syncs only the files it was told are written ("stale"), at commit; its own output reports itself the same way.
        return new ChecksummedFileOutput(Path.Combine(Directory.FullName, name), () =>
        {
            lock (m_syncLock)
            {
                m_staleFiles.Add(name);
            }
        });
    }
}
