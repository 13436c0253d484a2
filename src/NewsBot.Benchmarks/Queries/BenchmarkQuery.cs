namespace NewsBot.Benchmarks.Queries;

/// <summary>
/// One entry of the query set: keywords for passage search (and the SQLite peer), a speaker for the quotes query,
/// and a question for `ask`, all taken from one article of the corpus.
/// </summary>
internal sealed record BenchmarkQuery(int Number, string ArticleId, string Keywords, string Speaker, string Question);
