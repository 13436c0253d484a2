using NewsBot.Answering.Citations;
using NewsBot.Answering.Service;
using NewsBot.Bot.Hosting;
using NewsBot.Contracts;
using NewsBot.Index;
using NewsBot.Indexing;

namespace NewsBot.Hosting;

public static class NewsBotApi
{
    public static WebApplication MapNewsBotApi(this WebApplication app)
    {
        app.MapGet("/healthz", (NewsIndex index, IndexReadiness readiness) =>
        {
            var statistics = index.Statistics();
            return Results.Ok(new { status = readiness.IsReady ? "ready" : "starting", statistics.Articles, statistics.Passages });
        });
        app.MapGet("/api/search", Search);
        app.MapGet("/api/quotes", Quotes);
        app.MapPost("/api/ask", AskAsync);
        app.MapGet("/api/find", Find);
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
        if (!TryParseRange(from, to, out var fromDate, out var toDate, out var problem))
        {
            return problem;
        }
        try
        {
            var hits = index.Search(new PassageQuery(q) { From = fromDate, To = toDate, Limit = limit ?? 10 });
            return Results.Ok(SearchResponse.From(hits));
        }
        catch (ArgumentException error)
        {
            return BadRequest(UserMessages.For(error));
        }
    }

    private static IResult Quotes(NewsIndex index, string? speaker, string? about, string? from, string? to, int? limit)
    {
        if (!TryParseRange(from, to, out var fromDate, out var toDate, out var problem))
        {
            return problem;
        }
        try
        {
            var hits = index.SearchQuotes(new QuoteQuery { Speaker = speaker, About = about, From = fromDate, To = toDate, Limit = limit ?? 10 });
            return Results.Ok(QuotesResponse.From(hits));
        }
        catch (ArgumentException error)
        {
            return BadRequest(UserMessages.For(error));
        }
    }

    private static async Task<IResult> AskAsync(AskRequest? request, IAnswerService answers, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.Question))
        {
            return BadRequest("The question is missing: send {\"question\": \"What did Peskov say about Washington?\"}.");
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

    private static IResult Find(CitationFinder finder, string? text, string? speaker)
    {
        try
        {
            return Results.Ok(finder.Find(text ?? "", speaker));
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
