using Lucene.Net.Index;
using Lucene.Net.Store;

namespace NewsBot.Index.Tests;

public sealed class ChecksummedFileOutputTests : IDisposable
{
    private readonly TempIndexFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_file_gets_the_same_bytes_and_checksums_as_from_Lucenes_own_output()
    {
        // The index's files must stay readable by any Lucene 4.8: same bytes, and the CRC-32 a footer stores taken at
        // the same points. Writes of every shape: single bytes, small runs, a run longer than the buffer, a checksum
        // read in the middle (as a footer does before its last bytes) and across a buffer boundary.
        var ours = WriteWith(new UntrackedMMapDirectory(Path.Combine(folder.Path, "ours")));
        var lucenes = WriteWith(new SimpleFSDirectory(new DirectoryInfo(Path.Combine(folder.Path, "lucene"))));

        Assert.Equal(lucenes.Checksums, ours.Checksums);
        Assert.Equal(lucenes.Bytes, ours.Bytes);
        Assert.Equal(lucenes.Bytes.Length, ours.Length);
    }

    [Fact]
    public void An_index_written_through_it_passes_Lucenes_checksum_check_and_a_changed_byte_fails_it()
    {
        using (var index = folder.Open())
        {
            for (var i = 0; i < 300; i++)
            {
                index.Upsert(TestArticles.Invented(
                    $"article-{i}",
                    $"The minister said on Wednesday that bridge {i} would open in spring.\n\nCritics called plan {i} \"a waste of money\"."));
            }
            index.Commit();
        }
        Assert.True(Check(folder.Path), "Lucene's CheckIndex found a problem in a freshly written index.");

        var storedFields = System.IO.Directory.GetFiles(folder.Path, "*.fdt").OrderByDescending(f => new FileInfo(f).Length).First();
        using (var file = File.Open(storedFields, FileMode.Open, FileAccess.ReadWrite))
        {
            file.Position = file.Length / 2;
            var original = file.ReadByte();
            file.Position--;
            file.WriteByte((byte)(original ^ 0xFF));
        }

        Assert.False(Check(folder.Path), "Lucene's CheckIndex did not notice a changed byte.");
    }

    [Fact]
    public void Writing_to_a_closed_file_is_refused()
    {
        using var directory = new UntrackedMMapDirectory(folder.Path);
        var output = directory.CreateOutput("_0.tmp", IOContext.DEFAULT);
        output.Dispose();

        Assert.Throws<ObjectDisposedException>(() => output.WriteByte(1));
    }

    private static (byte[] Bytes, long Length, List<long> Checksums) WriteWith(FSDirectory directory)
    {
        using (directory)
        {
            var checksums = new List<long>();
            var random = new Random(7);
            var large = new byte[40_000];
            random.NextBytes(large);
            long length;
            using (var output = directory.CreateOutput("_0.test", IOContext.DEFAULT))
            {
                for (var i = 0; i < 5_000; i++)
                {
                    output.WriteByte((byte)i);
                }
                checksums.Add(output.Checksum);
                output.WriteBytes(large, 3, 100);
                output.WriteVInt32(123_456);
                output.WriteString("the minister said the bridge would open");
                checksums.Add(output.Checksum);
                output.WriteBytes(large, 0, large.Length);
                checksums.Add(output.Checksum);
                for (var i = 0; i < 20_000; i++)
                {
                    output.WriteByte((byte)(i * 31));
                }
                output.WriteBytes(large, 17, 16_384);
                checksums.Add(output.Checksum);
                output.WriteInt64(output.Checksum);
                checksums.Add(output.Checksum);
                length = output.Position;
            }
            return (File.ReadAllBytes(Path.Combine(directory.Directory.FullName, "_0.test")), length, checksums);
        }
    }

    private static bool Check(string path)
    {
        using var directory = FSDirectory.Open(path);
        return new CheckIndex(directory).DoCheckIndex().Clean;
    }
}
