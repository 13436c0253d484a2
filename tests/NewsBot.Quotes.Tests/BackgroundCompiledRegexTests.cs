using System.Text.RegularExpressions;

namespace NewsBot.Quotes.Tests;

public sealed class BackgroundCompiledRegexTests
{
    [Fact]
    public async Task A_pattern_stays_interpreted_in_a_short_run_and_is_compiled_in_the_background_in_a_long_one()
    {
        var regex = new BackgroundCompiledRegex(@"\bsaid\b", RegexOptions.IgnoreCase, sample: "said");
        for (var i = 1; i < BackgroundCompiledRegex.UsesBeforeCompiling; i++)
        {
            Assert.Matches(regex.Current, "She said so.");
        }
        Assert.False(regex.Current.Options.HasFlag(RegexOptions.Compiled), "compiled before the run proved long");

        // That was the last use before compiling starts; it runs in the background while matching goes on.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!regex.Current.Options.HasFlag(RegexOptions.Compiled) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.True(regex.Current.Options.HasFlag(RegexOptions.Compiled), "still interpreted 30 s after the threshold");
        Assert.Matches(regex.Current, "She SAID so.");
    }
}
