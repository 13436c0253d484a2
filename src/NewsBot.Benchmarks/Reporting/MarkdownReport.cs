using System.Globalization;
using System.Text;
using NewsBot.Benchmarks.Indexing;
using NewsBot.Benchmarks.Measurement;
using NewsBot.Benchmarks.Serving;

namespace NewsBot.Benchmarks.Reporting;

/// <summary>The results as one Markdown page: targets with pass or fail, then every figure by scale, then how each was measured.</summary>
internal static class MarkdownReport
{
    public const string ChartFile = "scaling.svg";
    public const string QueriesFile = "queries.tsv";

    public static string Format(BenchmarkResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var scales = results.Scales;
        var md = new StringBuilder();
        md.AppendLine("# NewsBot benchmarks").AppendLine()
          .AppendLine(Invariant($"Run on {results.Started:yyyy-MM-dd HH:mm} UTC ({results.Duration.TotalMinutes:0.0} minutes in all) on {results.Machine}."))
          .AppendLine(Invariant($"Corpus: `{Path.GetFileName(results.CorpusFile)}`, {Units.Count(results.CorpusArticles)} Wikinews articles ({results.CorpusTextMegabytes:0.0} MB of text),"))
          .AppendLine(Invariant($"**multiplied** {string.Join(", ", scales.Select(s => Invariant($"{s.Scale}×")))}: copy k of each article has the id suffix `-copyk` and a date k days earlier, and the same text."))
          .AppendLine(Invariant($"Query set: {results.Queries} queries derived from the corpus ([{QueriesFile}]({QueriesFile})); each latency figure is {results.Rounds} pass{(results.Rounds == 1 ? "" : "es")} over it ({results.Queries * results.Rounds:N0} requests), fewer where noted (no pass starts after {LatencyHarness.Budget.TotalSeconds:0} s)."))
          .AppendLine()
          .AppendLine(Invariant($"![How the figures grow with the archive]({ChartFile})"))
          .AppendLine();

        md.AppendLine("## Targets").AppendLine();
        TargetTable(md, scales, "goal (issue #7)", Targets.All);
        md.AppendLine();
        TargetTable(md, scales, "peer's figure (measured elsewhere)", PeerTargets.All);
        md.AppendLine();

        md.AppendLine("## Indexing").AppendLine();
        Header(md, scales, "");
        Row(md, "articles (MB of text)", scales, s => Invariant($"{Units.Count(s.Articles)} ({s.TextMegabytes.ToString(s.TextMegabytes < 100 ? "N1" : "N0", CultureInfo.InvariantCulture)} MB)"));
        IndexingRows(md, scales, "`index` with quote extraction", s => s.WithExtraction);
        IndexingRows(md, scales, "passages only (read + `NewsIndex.Upsert`)", s => s.PassagesOnly);
        IndexingRows(md, scales, "SQLite FTS5", s => s.Sqlite.Indexing);
        IndexingRows(md, scales, "bare Lucene.Net (the Lucene Java peer's shape, one thread)", s => s.BareLucene.Indexing);
        md.AppendLine();

        md.AppendLine("## Query latency, median / p99").AppendLine();
        Header(md, scales, "");
        var requests = results.Queries * results.Rounds;
        Row(md, "search (top 10 passages), in process", scales, s => Latency(s.InProcess.Search, requests));
        Row(md, "search ranking only (top 10, ids from doc values), in process", scales, s => s.InProcess.Ranking is { } ranking ? Latency(ranking, requests) : "–");
        Row(md, "quotes by speaker (top 10), in process", scales, s => Latency(s.InProcess.Quotes, requests));
        Row(md, "`ask` (extractive), in process", scales, s => Latency(s.InProcess.Ask, requests));
        Row(md, "`GET /api/search`", scales, s => Latency(s.Http.Search, requests));
        Row(md, "`GET /api/quotes?speaker=`", scales, s => Latency(s.Http.Quotes, requests));
        Row(md, "`POST /api/ask`", scales, s => Latency(s.Http.Ask, requests));
        Row(md, "SQLite FTS5 bm25() top 10, in process", scales, s => Latency(s.Sqlite.Search, requests));
        Row(md, "bare Lucene.Net BM25 top 10 (the Lucene Java peer's shape), in process", scales, s => Latency(s.BareLucene.Search, requests));
        md.AppendLine();

        md.AppendLine("## Throughput over HTTP, requests/s").AppendLine();
        Header(md, scales, "");
        foreach (var endpoint in ApiCalls.Endpoints)
        {
            foreach (var clients in scales.SelectMany(s => s.Throughput).Where(t => t.Endpoint == endpoint).Select(t => t.Clients).Distinct().Order())
            {
                Row(md, Invariant($"`{endpoint}`, {clients} client{(clients == 1 ? "" : "s")}"), scales, s =>
                    s.Throughput.FirstOrDefault(t => t.Endpoint == endpoint && t.Clients == clients) is { } t
                        ? Units.Rate(t.RequestsPerSecond) + (t.Failures > 0 ? Invariant($" ({t.Failures} failed)") : "")
                        : "");
            }
        }
        md.AppendLine();

        md.AppendLine("## Serving").AppendLine();
        Header(md, scales, "");
        Row(md, "ready: process start to first ready `/healthz` (median of 3 starts)", scales, s => Invariant($"{s.Serving.MedianReadyMilliseconds:N0} ms"));
        Row(md, "the 3 starts", scales, s => string.Join(", ", s.Serving.ReadyMilliseconds.Select(ms => Invariant($"{ms:N0}"))) + " ms");
        Row(md, "VmRSS after the latency run", scales, s => Units.Mb(s.Serving.AfterLatency.Resident));
        Row(md, "of which RssAnon (private: heap, stacks)", scales, s => Units.Mb(s.Serving.AfterLatency.ResidentAnonymous));
        Row(md, "of which RssFile (mapped index and program files)", scales, s => Units.Mb(s.Serving.AfterLatency.ResidentFile));
        Row(md, "peak (VmHWM) by the end of the throughput runs", scales, s => Units.Mb(s.Serving.PeakBytes));
        md.AppendLine();

        md.AppendLine("## NewsBot and SQLite FTS5 in the same run").AppendLine();
        Header(md, scales, "NewsBot ÷ SQLite");
        Row(md, "indexing articles/s, passages only", scales, s => Units.Ratio(s.PassagesOnly.ArticlesPerSecond / s.Sqlite.Indexing.ArticlesPerSecond));
        Row(md, "search median (lower is faster)", scales, s => Units.Ratio(s.InProcess.Search.MedianMs / s.Sqlite.Search.MedianMs));
        Row(md, "search p99 (lower is faster)", scales, s => Units.Ratio(s.InProcess.Search.P99Ms / s.Sqlite.Search.P99Ms));
        Row(md, "size on disk", scales, s => Units.Ratio((double)s.PassagesOnly.SizeBytes / s.Sqlite.Indexing.SizeBytes));
        md.AppendLine();

        md.AppendLine("## NewsBot and bare Lucene.Net in the same run").AppendLine();
        Header(md, scales, "NewsBot ÷ bare Lucene.Net");
        Row(md, "indexing articles/s, passages only (NewsBot: two writer threads; bare: one thread)", scales, s => Units.Ratio(s.PassagesOnly.ArticlesPerSecond / s.BareLucene.Indexing.ArticlesPerSecond));
        Row(md, "search ranking only, median (lower is faster)", scales, s => RankingRatio(s, ranking => ranking.MedianMs, s.BareLucene.Search.MedianMs));
        Row(md, "search ranking only, p99 (lower is faster)", scales, s => RankingRatio(s, ranking => ranking.P99Ms, s.BareLucene.Search.P99Ms));
        Row(md, "size on disk, passages only", scales, s => Units.Ratio((double)s.PassagesOnly.SizeBytes / s.BareLucene.Indexing.SizeBytes));
        md.AppendLine();

        md.Append(Method(results));
        return md.ToString();
    }

    private static string Method(BenchmarkResults results) => Invariant($"""
        ## How it is measured

        - **Indexing** runs in a fresh process each time, timed from process start to exit (start-up included) on the
          multiplied corpus, one JSON Lines file per copy: `dotnet NewsBot.dll index FILES --index DIR --json` of the app
          published as deployed, ReadyToRun, unless `--app` named a build (the shipped path: quote extraction on every
          core, statements stored with the passages); the benchmark's own
          `index-passages` (the app's reader and `NewsIndex.Upsert(article)` on one thread with the index's default
          writer threads behind it, a commit every 50,000 articles); `index-sqlite` (the same reader and
          paragraphs into SQLite FTS5, one thread, a transaction every 50,000 articles); and `index-lucene` (the same
          reader and paragraphs into bare Lucene.Net shaped as the Lucene Java peer: one document per paragraph with
          the article id, paragraph number and text, the standard analyzer, BM25, one thread adding, a reused document,
          a 256 MB buffer, a commit every 50,000 articles). MB/s counts the UTF-8 bytes of article text. Peak memory is the process's VmHWM from
          `/proc/PID/status`, sampled every 20 ms. Size is every file in the index folder (or the database file).
          A measurement whose first run takes under {IndexingRuns.RepeatBelow.TotalSeconds:0} s is run {IndexingRuns.Repeats} times and the run of median
          time is shown, with its memory and size: runs of seconds on this shared machine vary by up to ±20 % from one
          minute to the next.
        - **Latency** is one request at a time, each timed on its own, after {LatencyHarness.WarmUpQueries} untimed ones;
          median and p99 are nearest-rank percentiles. No pass over the queries starts once a figure has taken
          {LatencyHarness.Budget.TotalSeconds:0} s (at least one full pass is always measured).
          In process (a fresh child process): `NewsIndex.Search` and `SearchQuotes` on the index `index` built;
          `NewsIndex.FindArticleIds` with the same query and a limit of 10 as the ranking alone (the same query and
          scoring, the top 10 passages' article ids read from doc values: no stored fields, no highlights, as a bare
          top-10 BM25 benchmark such as the Lucene Java peer's); and
          `IAnswerService.AskAsync` composed as the app composes it (default configuration: the extractive answerer,
          no language model); SQLite FTS5 and bare Lucene.Net (the same keywords as any-word term queries, a top 10
          of document numbers and scores, nothing read) likewise, each in a child process of its own. Over
          HTTP: the real app (`dotnet NewsBot.dll serve --urls http://127.0.0.1:PORT --index DIR`), client on the same
          machine, response read to the end.
        - **Throughput**: 1, 4 and 16 clients, each sending its next request when the last is answered, for
          {results.ThroughputSeconds} s per figure. The client shares the machine's cores with the app.
        - **Rate limit**: the app allows 120 requests a minute per client address on `/api/*` by default; the benchmark
          starts it with `--ApiLimits:RequestsPerMinute={ServedApp.RequestsPerMinute}` so its own requests are not refused.
        - **Memory**: Lucene.Net memory-maps the index files, so the pages of the index that searches touched count in
          VmRSS as RssFile: shared page cache that the kernel drops under pressure and re-reads, and that grows with the
          index. RssAnon is the process's own memory (managed heap, native buffers, stacks). Both are read from
          `/proc/PID/status` after the HTTP latency run.
        - **Ready**: from process start until `/healthz` first answers 200 with `"status":"ready"` (with an existing
          index the app skips the seeds), three starts, median.
        - **Query set** ([{QueriesFile}]({QueriesFile})): every N/200-th article of the corpus gives the content words of
          its title as search keywords (stop words left out), the first named speaker among its statements (or the next
          article's) for `/api/quotes?speaker=`, and a question, in turn "What did SPEAKER say about TOPIC?" (the longest word of the
          statement), "Who said FIRST SIX WORDS OF THE STATEMENT?" and "What happened: TITLE?". SQLite FTS5 gets the same keywords, any of which
          may match (`"w1" OR "w2" …`), with Porter stemming and the title weighted half the text, as NewsBot weighs it.
        - **Multiplied corpus**: copies have the same text, so at 10× and 100× a search finds ten copies of the same
          best paragraph, and the same statement carried by many copies is one statement with many sources (as a wire
          story reprinted by many papers is). Cost grows with the size of the archive, but an archive of that many
          different articles would rank and group differently.
        - **Peers' figures** (Lucene Java 4.10: ~4,400 articles/s, 0.45 ms median and 1.0 ms p99; SQLite FTS5: ~14,900
          articles/s, 5 ms median) come from issue #7, measured elsewhere; SQLite FTS5 is also measured here, on the
          same machine and passages, and so is Lucene.Net itself in the Lucene Java peer's shape, which shows what the
          library reaches on this machine apart from what NewsBot adds (title, dates, ids as doc values, stemming,
          statements).
        - Produced by `dotnet run -c Release --project src/NewsBot.Benchmarks -- --scales {string.Join(',', results.Scales.Select(s => s.Scale))}`.
        """) + "\n";

    private static string RankingRatio(ScaleFigures scale, Func<LatencySummary, double> figure, double bare) =>
        scale.InProcess.Ranking is { } ranking ? Units.Ratio(figure(ranking) / bare) : "–";

    private static void TargetTable(StringBuilder md, IReadOnlyList<ScaleFigures> scales, string goalHeading, IEnumerable<Target> targets)
    {
        md.Append("| target | ").Append(goalHeading).Append(" |");
        foreach (var scale in scales)
        {
            md.Append(Invariant($" {scale.Scale}× |"));
        }
        md.AppendLine().Append("|---|---|").AppendLine(string.Concat(scales.Select(_ => "---|")));
        foreach (var target in targets)
        {
            md.Append("| ").Append(target.Name).Append(" | ").Append(target.Goal).Append(" |");
            foreach (var scale in scales)
            {
                var value = target.Measure(scale);
                md.Append(' ').Append(target.Passes(value) ? "✅ " : "❌ ").Append(target.Format(value)).Append(" |");
            }
            md.AppendLine();
        }
    }

    private static void IndexingRows(StringBuilder md, IReadOnlyList<ScaleFigures> scales, string name, Func<ScaleFigures, IndexingFigures> figures)
    {
        Row(md, name + ": articles/s", scales, s => Units.Rate(figures(s).ArticlesPerSecond));
        Row(md, name + ": MB of text/s", scales, s => figures(s).TextMegabytesPerSecond.ToString("0.00", CultureInfo.InvariantCulture));
        Row(md, name + ": seconds", scales, s => figures(s).Seconds.ToString("0.0", CultureInfo.InvariantCulture));
        Row(md, name + ": peak memory (VmHWM)", scales, s => Units.Mb(figures(s).PeakBytes));
        Row(md, name + ": size on disk", scales, s => Units.Mb(figures(s).SizeBytes));
        Row(md, name + ": runs (the median shown)", scales, s => figures(s).Runs.ToString(CultureInfo.InvariantCulture));
    }

    private static void Header(StringBuilder md, IReadOnlyList<ScaleFigures> scales, string first)
    {
        md.Append("| ").Append(first).Append(" |");
        foreach (var scale in scales)
        {
            md.Append(Invariant($" {scale.Scale}× ({Units.Count(scale.Articles)} articles) |"));
        }
        md.AppendLine().Append("|---|").AppendLine(string.Concat(scales.Select(_ => "---|")));
    }

    private static void Row(StringBuilder md, string name, IReadOnlyList<ScaleFigures> scales, Func<ScaleFigures, string> cell)
    {
        md.Append("| ").Append(name).Append(" |");
        foreach (var scale in scales)
        {
            md.Append(' ').Append(cell(scale)).Append(" |");
        }
        md.AppendLine();
    }

    /// <summary>"median / p99 ms", with the number of requests when the time budget cut the figure short.</summary>
    private static string Latency(LatencySummary latency, int requests) =>
        Units.Ms(latency.MedianMs).Replace(" ms", "", StringComparison.Ordinal) + " / " + Units.Ms(latency.P99Ms)
        + (latency.Count < requests ? Invariant($" ({latency.Count:N0} requests)") : "");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
