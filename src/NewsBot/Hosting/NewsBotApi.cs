using System.Text.Json;
using NewsBot.Answering.Citations;
using NewsBot.Answering.Service;
using NewsBot.Bot.Hosting;
using NewsBot.Contracts;
using NewsBot.Index;
using NewsBot.Indexing;

namespace NewsBot.Hosting;

public static class NewsBotApi
{
    private const string AskExample = "{\"question\": \"What did Peskov say about Washington?\"}";

    public static WebApplication MapNewsBotApi(this WebApplication app)
    {
        app.MapGet("/healthz", (NewsIndex index, IndexReadiness readiness) =>
        {
            var statistics = index.Statistics();
            return Results.Ok(new { status = readiness.IsReady ? "ready" : "starting", statistics.Articles, statistics.Passages });
        });
        app.MapOpenApi(); // GET /openapi/v1.json
        app.MapGet("/api/search", Search)
            .WithSummary("Passages that match the words, best first").Produces<SearchResponse>().ProducesProblem(400);
        app.MapGet("/api/quotes", Quotes)
            .WithSummary("Statements by speaker, topic and the day they were said").Produces<QuotesResponse>().ProducesProblem(400);
        app.MapPost("/api/ask", AskAsync)
            .WithSummary("A cited answer to a question, or a plain not-found").Accepts<AskRequest>("application/json")
            .Produces<AskResponse>().ProducesProblem(400);
        app.MapGet("/api/find", Find)
            .WithSummary("Did the archive report these words, and who said them?").Produces<CitationCheck>().ProducesProblem(400);
        app.MapNewsBotBot();
        app.MapNewsBotWebChat();
        return app;
    }

    private static IResult Search(NewsIndex index, string? q, string? from, string? to, int? limit)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return BadRequest("The query parameter q is missing: say what to search for, e.g. /api/search?q=Peskov.");
        }
        if (TooLong(("q", q)) is { } tooLong)
        {
            return tooLong;
        }
        if (!TryParseRange(from, to, out var fromDate, out var toDate, out var problem))
        {
            return problem;
        }
        return OkOrBadRequest(() => SearchResponse.From(index.Search(new PassageQuery(q) { From = fromDate, To = toDate, Limit = limit ?? 10 })));
    }

    private static IResult Quotes(NewsIndex index, string? speaker, string? about, string? from, string? to, int? limit)
    {
        if (TooLong(("speaker", speaker), ("about", about)) is { } tooLong)
        {
            return tooLong;
        }
        if (!TryParseRange(from, to, out var fromDate, out var toDate, out var problem))
        {
            return problem;
        }
        return OkOrBadRequest(() => QuotesResponse.From(
            index.SearchQuotes(new QuoteQuery { Speaker = speaker, About = about, From = fromDate, To = toDate, Limit = limit ?? 10 })));
    }

    private static async Task<IResult> AskAsync(HttpRequest http, IAnswerService answers, CancellationToken cancellationToken)
    {
        AskRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<AskRequest>(JsonDefaults.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a body that is not JSON at all (another content type).
            return BadRequest($"The body must be JSON like {AskExample}: {error.Message}");
        }
        if (string.IsNullOrWhiteSpace(request?.Question))
        {
            return BadRequest($"The question is missing: send {AskExample}.");
        }
        if (TooLong(("The question", request.Question)) is { } tooLong)
        {
            return tooLong;
        }
        DateOnly? asOf = null;
        if (request.Date is not null)
        {
            if (!IsoDate.TryParse(request.Date, out var date))
            {
                return BadRequest(IsoDate.Describe("date", request.Date));
            }
            asOf = date;
        }
        return Results.Ok(await answers.AskAsync(request.Question, asOf, request.ConversationId, cancellationToken).ConfigureAwait(false));
    }

    private static IResult Find(CitationFinder finder, string? text, string? speaker) =>
        TooLong(("text", text), ("speaker", speaker)) ?? OkOrBadRequest(() => finder.Find(text ?? "", speaker));

    /// <summary>A 400 problem for the first text over <see cref="TextLimits.MaxCharacters"/>, or null when all fit.</summary>
    private static IResult? TooLong(params (string Name, string? Text)[] texts) =>
        texts.Select(t => TextLimits.Problem(t.Name, t.Text)).FirstOrDefault(problem => problem is not null) is { } problem
            ? BadRequest(problem)
            : null;

    /// <summary>The query's result, or a 400 problem carrying the reason the query refused its arguments.</summary>
    private static IResult OkOrBadRequest<T>(Func<T> query)
    {
        try
        {
            return Results.Ok(query());
        }
        catch (ArgumentException error)
        {
            return BadRequest(UserMessages.For(error));
        }
    }

    private static bool TryParseRange(string? from, string? to, out DateOnly? fromDate, out DateOnly? toDate, out IResult problem)
    {
        fromDate = toDate = null;
        problem = Results.Empty;
        foreach (var (name, text) in new[] { ("from", from), ("to", to) })
        {
            if (text is null)
            {
                continue;
            }
            if (!IsoDate.TryParse(text, out var date))
            {
                problem = BadRequest(IsoDate.Describe(name, text));
                return false;
            }
            if (name == "from") fromDate = date; else toDate = date;
        }
        return true;
    }

    private static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be answered as written");
}
