using NewsBot.Benchmarks.Measurement;

namespace NewsBot.Benchmarks.Tests;

public class ProcessMemoryTests
{
    private const string Status = """
        Name:	dotnet
        State:	S (sleeping)
        Pid:	4242
        VmPeak:	 3212344 kB
        VmHWM:	  254312 kB
        VmRSS:	  204800 kB
        RssAnon:	   75776 kB
        RssFile:	  103424 kB
        RssShmem:	       0 kB
        Threads:	31
        """;

    [Fact]
    public void Peak_resident_anonymous_and_file_memory_are_read_in_bytes()
    {
        Assert.Equal(new ProcessMemory(254312L * 1024, 204800L * 1024, 75776L * 1024, 103424L * 1024), ProcessMemory.Parse(Status));
    }

    [Fact]
    public void An_exited_process_whose_status_has_no_memory_lines_reads_as_zero()
    {
        Assert.Equal(new ProcessMemory(0, 0, 0, 0), ProcessMemory.Parse("Name:\tdotnet\nState:\tZ (zombie)\n"));
    }

    [Fact]
    public void The_memory_of_this_very_process_can_be_read()
    {
        var memory = ProcessMemory.Read(Environment.ProcessId);

        Assert.NotNull(memory);
        Assert.True(memory.Resident > 0 && memory.Peak >= memory.Resident);
    }
}
