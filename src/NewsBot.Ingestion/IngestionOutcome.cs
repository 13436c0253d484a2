using System.Globalization;
using NewsBot.Articles;

namespace NewsBot.Ingestion;

/// <summary>What reading one file produced: an article or a problem, in file order.</summary>
public abstract record IngestionOutcome;

/// <summary>An article read from <paramref name="Origin"/>: "path" or, for files holding many articles, "path:line".</summary>
public sealed record ArticleRead(Article Article, string Origin) : IngestionOutcome;

/// <summary>Something a newsroom user has to fix: what is wrong with which file (and line), and what to do.</summary>
public sealed record IngestionProblem(string Path, int? Line, string Message) : IngestionOutcome
{
    public override string ToString() => Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{line}: {Message}")
        : $"{Path}: {Message}";
}
