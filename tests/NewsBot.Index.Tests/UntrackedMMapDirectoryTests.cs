using System.Reflection;
using Lucene.Net.Store;

namespace NewsBot.Index.Tests;

public sealed class UntrackedMMapDirectoryTests : IDisposable
{
    private readonly TempIndexFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_clone_read_after_its_file_closed_fails_with_an_error_instead_of_reading_freed_memory()
    {
        using var directory = OpenWithFile("_0.tim", 4096);
        var input = directory.OpenInput("_0.tim", IOContext.READ);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(0, clone.ReadByte());

        input.Dispose();

        // With no register to cut the clone off, the mapped view it reads through must refuse the read (Lucene.Net's
        // register threw the same exception type, so this guards the safety, not the register's absence: see below).
        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
    }

    [Fact]
    public void Files_and_their_clones_are_not_entered_in_a_clone_register()
    {
        // What the directory is for (each entry costs every garbage collection; see UntrackedMMapDirectory). This
        // fails if a Lucene.Net upgrade renames the register's field, and the directory then leaves it in place.
        using var directory = OpenWithFile("_0.tim", 4096);
        using var input = directory.OpenInput("_0.tim", IOContext.READ);
        var register = typeof(ByteBufferIndexInput).GetField("clones", BindingFlags.Instance | BindingFlags.NonPublic);

        Assert.NotNull(register);
        Assert.Null(register.GetValue(input));
        Assert.Null(register.GetValue(input.Clone()));
    }

    [Fact]
    public void A_slice_of_a_compound_file_read_after_the_file_closed_fails_with_an_error()
    {
        using var directory = OpenWithFile("_0.cfs", 4096);
        var slicer = directory.CreateSlicer("_0.cfs", IOContext.READ);
        var slice = slicer.OpenSlice("part", 1024, 1024);
        Assert.Equal(1024 % 251, slice.ReadByte());

        slicer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => slice.ReadByte());
    }

    [Fact]
    public void Clones_read_the_same_bytes_as_their_file_each_from_its_own_position()
    {
        using var directory = OpenWithFile("_0.doc", 300_000);
        using var input = directory.OpenInput("_0.doc", IOContext.READ);
        input.Seek(200_000);
        var clone = (IndexInput)input.Clone();
        var other = (IndexInput)input.Clone();
        other.Seek(7);

        Assert.Equal(200_000 % 251, clone.ReadByte());
        Assert.Equal(7, other.ReadByte());
        Assert.Equal(200_000 % 251, input.ReadByte());
    }

    /// <summary>A directory over the test folder holding one file whose byte i is i mod 251.</summary>
    private UntrackedMMapDirectory OpenWithFile(string name, int length)
    {
        System.IO.Directory.CreateDirectory(folder.Path);
        var directory = new UntrackedMMapDirectory(folder.Path);
        using (var output = directory.CreateOutput(name, IOContext.DEFAULT))
        {
            for (var i = 0; i < length; i++)
            {
                output.WriteByte((byte)(i % 251));
            }
        }
        return directory;
    }
}
