using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NewsBot.Bot.Tests.Channel;

namespace NewsBot.Tests;

/// <summary>
/// Many conversations at once against the whole service: the real Bot Framework adapter on /api/messages with the
/// replies received by a loopback channel, and HTTP clients on /api/ask and /api/search. Each conversation asks about
/// its own harbour master (see <see cref="HarbourArticles"/>), so any answer citing another article is cross-talk.
/// </summary>
public sealed partial class LoadTests : IAsyncLifetime
{
    private const int Conversations = 20;
    private const string NotFound = "I could not find that in the archive.";

    private ChatService _service = null!;

    public async Task InitializeAsync()
    {
        _service = await ChatService.StartAsync((host, temp) => host
            .UseSetting("Archive:SeedsDirectory", HarbourArticles.WriteTo(temp.Sub("seeds")))
            // Every test client shares one address; the per-client limit is not what is measured here.
            .UseSetting("ApiLimits:RequestsPerMinute", "100000"));
        Assert.Equal(HarbourArticles.All.Count, _service.Health.GetProperty("articles").GetInt32());
    }

    [Fact]
    public async Task Twenty_conversations_of_five_turns_at_once_each_get_their_own_answers_and_follow_ups()
    {
        var harbours = HarbourArticles.All.Take(Conversations).ToList();

        var sent = await Task.WhenAll(harbours.Select(ConverseAsync));

        foreach (var (harbour, activityIds) in harbours.Zip(sent))
        {
            var conversationId = ConversationOf(harbour);
            var posts = _service.Channel.PostsIn(conversationId);
            // Four questions (typing, then the answer) and one "as of" (its confirmation).
            Assert.Equal(9, posts.Count);
            Assert.All(posts, post => Assert.Equal(conversationId, (string?)post.Activity["conversation"]?["id"]));
            Assert.All(posts, post => Assert.Contains(post.ReplyToId, activityIds));
            var messages = posts.Where(post => post.Type == "message").Select(post => post.Activity).ToList();
            var confirmation = Assert.Single(messages, m => ((string?)m["text"])!.StartsWith("From now on I answer as of 2021-06-30", StringComparison.Ordinal));
            foreach (var answer in messages.Where(m => m != confirmation))
            {
                Assert.False(((string?)answer["text"])!.StartsWith(NotFound, StringComparison.Ordinal), $"{conversationId}: '{answer["text"]}'");
                Assert.Equal([harbour.Url], CitedUrls(answer.ToJsonString()));
            }
        }
    }

    [Fact]
    public async Task Concurrent_clients_on_ask_and_search_all_get_their_own_answers()
    {
        var results = await Task.WhenAll(HarbourArticles.All.Select(async harbour =>
        {
            using var client = _service.Factory.CreateClient();
            var conversationId = $"api-{harbour.Id}";
            var first = await AskAsync(client, $"What did {harbour.Surname} say about the terminal?", conversationId);
            var search = await client.GetFromJsonAsync<JsonElement>($"/api/search?q={harbour.Town}%20fish%20market&limit=3");
            var followUp = await AskAsync(client, "What else did he add?", conversationId);
            return (harbour, first, search, followUp);
        }));

        foreach (var (harbour, first, search, followUp) in results)
        {
            Assert.All([first, followUp], answer =>
            {
                Assert.NotEmpty(answer.GetProperty("citations").EnumerateArray());
                Assert.All(answer.GetProperty("citations").EnumerateArray(), c => Assert.Equal(harbour.Id, c.GetProperty("articleId").GetString()));
            });
            Assert.Equal(harbour.Id, search.GetProperty("results")[0].GetProperty("articleId").GetString());
        }
    }

    /// <summary>One conversation's five turns, one after another as a person types them; returns the activity ids sent.</summary>
    private async Task<List<string>> ConverseAsync(HarbourArticles.Harbour harbour)
    {
        var conversationId = ConversationOf(harbour);
        var channelId = harbour.Number % 2 == 0 ? "msteams" : "webchat";
        var sent = new List<string>();
        foreach (var text in new[]
        {
            $"What did {harbour.Surname} say about the terminal?",
            "What else did he add?",
            "What did he say about the cruise ship?",
            "as of 2021-06-30",
            "What else did he say?",
        })
        {
            var activity = Activities.Message(_service.Channel, channelId, conversationId, text);
            sent.Add((string)activity["id"]!);
            using var response = await _service.Client.PostAsync(new Uri("/api/messages", UriKind.Relative),
                new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        return sent;
    }

    private static async Task<JsonElement> AskAsync(HttpClient client, string question, string conversationId)
    {
        using var response = await client.PostAsJsonAsync("/api/ask", new { question, conversationId, date = "2021-06-30" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string ConversationOf(HarbourArticles.Harbour harbour) => $"load-{harbour.Id}";

    /// <summary>The distinct article addresses an answer links to, in Teams citations or Markdown sources alike.</summary>
    private static List<string> CitedUrls(string activityJson) =>
        [.. HarbourUrl().Matches(activityJson).Select(m => m.Value).Distinct()];

    [GeneratedRegex(@"https://news\.example/harbour-\d\d")]
    private static partial Regex HarbourUrl();

    public async Task DisposeAsync() => await _service.DisposeAsync();
}
