using Microsoft.Extensions.DependencyInjection;
using NewsBot.Answering.Service;

namespace NewsBot.Answering.Tests;

public sealed class ConversationTests(TestArchive archive) : IClassFixture<TestArchive>
{
    private readonly IAnswerService answers = archive.Services().GetRequiredService<IAnswerService>();

    [Fact]
    public async Task Follow_ups_reuse_the_speaker_and_leave_out_what_was_already_said()
    {
        var first = await answers.AskAsync("What did Peskov say about Washington?", TestArchive.SeedDate, "editor-1");
        var more = await answers.AskAsync("What else did he add?", TestArchive.SeedDate, "editor-1");
        var other = await answers.AskAsync("And Khomchak?", TestArchive.SeedDate, "editor-1");

        Assert.Equal(5, Assert.Single(first.Citations).Paragraph);
        Assert.NotEmpty(more.Citations);
        Assert.DoesNotContain(more.Citations, c => c.Paragraph == 5);
        Assert.Contains(more.Citations, c => c.Text.Contains("groundless", StringComparison.Ordinal));
        Assert.NotEmpty(other.Citations);
        Assert.All(other.Citations, c => Assert.True(c.Paragraph is 8 or 16, $"paragraph {c.Paragraph}"));
    }

    [Fact]
    public async Task A_follow_up_in_another_conversation_has_no_one_to_refer_to()
    {
        await answers.AskAsync("What did Peskov say about Washington?", TestArchive.SeedDate, "editor-2");

        var response = await answers.AskAsync("What else did he add?", TestArchive.SeedDate, "editor-3");

        Assert.Equal(AskResponse.NotFoundAnswer, response.Answer);
    }
}
