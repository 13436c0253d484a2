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
        return app;
    }

    private static IResult Search(NewsIndex index, string? q, string? from, string? to, int? limit)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return BadRequest("The query parameter q is missing: say what to search for, e.g. /api/search?q=Peskov.");
        }
        DateOnly? fromDate = null, toDate = null;
        if (from is not null)
        {
            if (!IsoDate.TryParse(from, out var parsed)) return BadRequest(IsoDate.Describe("from", from));
            fromDate = parsed;
        }
        if (to is not null)
        {
            if (!IsoDate.TryParse(to, out var parsed)) return BadRequest(IsoDate.Describe("to", to));
            toDate = parsed;
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

    private static IResult BadRequest(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "The request cannot be answered as written");
}
