using System.Collections.Concurrent;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// The on-disk passage index: one Lucene document per paragraph, searchable while it is being written.
/// Writes (upsert, delete, commit) are serialised; searches run concurrently with them and see every write made
/// before the search started, committed or not. Only <see cref="Commit"/> and <see cref="Dispose"/> make writes
/// durable, so a crash loses at most the writes since the last commit. An upsert decides what it does (added,
/// updated, unchanged) at once and leaves building the documents to background threads
/// (<see cref="BackgroundDocumentWriter"/>), so even a single-threaded caller indexes on every core.
/// </summary>
public sealed class NewsIndex : IDisposable
{
    /// <summary>
    /// Writes the searcher has not been refreshed to show are remembered so upserts can tell Added from Updated
    /// without reopening a reader per article; past this many, the searcher is refreshed and the memory dropped.
    /// A refresh flushes the writer's buffers into new segments, as a commit does, so it comes no more often than
    /// a bulk run's commits (ArchiveIndexer: every 50,000 articles); 50,000 remembered writes are about 15 MB.
    /// </summary>
    private const int MaximumUnrefreshedWrites = 50_000;

    private static readonly HashSet<string> ContentHashOnly = [PassageFields.ContentHash];

    private readonly IndexFolderLock folderLock;
    private readonly FSDirectory luceneDirectory;
    private readonly NewsAnalyzer analyzer;
    private readonly IndexWriter writer;
    private readonly SearcherManager searchers;
    private readonly BackgroundDocumentWriter documents;
    private readonly ArticleIdSets articleIds = new();
    private readonly System.Threading.Lock writeLock = new();
    /// <summary>
    /// Article id → content hash (null when deleted) for writes not yet visible to the searcher. Changed only under
    /// the write lock; concurrent so that <see cref="Holds"/> can read it without waiting for a write to finish.
    /// </summary>
    private readonly ConcurrentDictionary<string, string?> unrefreshedWrites = new(StringComparer.Ordinal);
    /// <summary>Writes remembered since the last refresh (ConcurrentDictionary.Count would lock every bucket).</summary>
    private int unrefreshedWriteCount;
    private bool disposed;

    private NewsIndex(string directory, IndexFolderLock folderLock, FSDirectory luceneDirectory, NewsAnalyzer analyzer, IndexWriter writer, SearcherManager searchers, int writerThreads)
    {
        documents = new BackgroundDocumentWriter(writer, writerThreads);
        Directory = directory;
        this.folderLock = folderLock;
        this.luceneDirectory = luceneDirectory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
    }

    /// <summary>The full path of the index folder.</summary>
    public string Directory { get; }

    /// <summary>
    /// Opens the index in <paramref name="directory"/>, creating the folder and an empty index when needed.
    /// Throws <see cref="IndexLockedException"/> when another writer holds the folder and
    /// <see cref="IndexCorruptedException"/> when its files cannot be read.
    /// </summary>
    public static NewsIndex Open(string directory, NewsIndexOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        options ??= new NewsIndexOptions();
        if (options.RamBufferMegabytes is not (> 0 and < 2048))
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"The RAM buffer must be more than 0 and less than 2048 MB; it was {options.RamBufferMegabytes.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (options.WriterThreads is < 1 or > NewsIndexOptions.MaximumWriterThreads)
        {
            throw new ArgumentOutOfRangeException(
                nameof(options),
                $"The writer threads must be between 1 and {NewsIndexOptions.MaximumWriterThreads}; it was {options.WriterThreads.ToString(CultureInfo.InvariantCulture)}.");
        }

        var fullPath = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(fullPath);
        var folderLock = IndexFolderLock.Acquire(fullPath);
        FSDirectory luceneDirectory = new UntrackedMMapDirectory(fullPath);
        var analyzer = new NewsAnalyzer();
        IndexWriter? writer = null;
        try
        {
            var similarity = new FieldBm25Similarity();
            writer = new IndexWriter(luceneDirectory, new IndexWriterConfig(NewsAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE_OR_APPEND,
                RAMBufferSizeMB = options.RamBufferMegabytes,
                // Packing each flushed segment into one compound file copies every byte once more; bulk runs flush
                // often, and merged segments are written without it by the merge policy anyway.
                UseCompoundFile = false,
                Similarity = similarity,
            });
            var searchers = new SearcherManager(writer, applyAllDeletes: true, new Bm25SearcherFactory(similarity));
            return new NewsIndex(fullPath, folderLock, luceneDirectory, analyzer, writer, searchers, options.WriterThreads);
        }
        catch (Exception e)
        {
            // Nothing was written yet: roll back rather than commit, and free the folder for the next attempt.
            writer?.Rollback();
            luceneDirectory.Dispose();
            analyzer.Dispose();
            folderLock.Dispose();
            if (e is LockObtainFailedException)
            {
                throw new IndexLockedException(fullPath, e);
            }
            if (IsCorruption(e))
            {
                throw new IndexCorruptedException(fullPath, e.Message, e);
            }
            throw;
        }
    }

    /// <summary>
    /// Adds the article's passages, or replaces every document of an article with the same id in one atomic step.
    /// Writes nothing and returns <see cref="UpsertOutcome.Unchanged"/> when the index already holds this content.
    /// </summary>
    public UpsertOutcome Upsert(Article article) => Upsert(article, []);

    /// <summary>
    /// Like <see cref="Upsert(Article)"/>, storing the article's statements with it, so they are replaced and
    /// deleted together with its passages.
    /// </summary>
    public UpsertOutcome Upsert(Article article, IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        ArgumentNullException.ThrowIfNull(article);
        if (article.Paragraphs.Count == 0)
        {
            throw new ArgumentException($"Article {article.Id} has no paragraphs, so there is nothing to index.", nameof(article));
        }
        if (ExactMatchTerms.TooLong(article, quotes) is { } tooLong)
        {
            throw new ArgumentException(tooLong, nameof(article));
        }
        lock (writeLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var storedHash = StoredContentHash(article.Id);
            if (string.Equals(storedHash, article.ContentHash, StringComparison.Ordinal))
            {
                return UpsertOutcome.Unchanged;
            }
            documents.Replace(ArticleTerm(article.Id), article, quotes);
            RememberWrite(article.Id, article.ContentHash);
            return storedHash is null ? UpsertOutcome.Added : UpsertOutcome.Updated;
        }
    }

    /// <summary>
    /// True when the index already holds exactly this content for the article, so re-indexing it would change
    /// nothing; lets a caller skip costly work (quote extraction) for unchanged articles. Does not wait for writes
    /// in progress (extraction threads would otherwise queue behind the writer), so while another thread writes
    /// the article it may answer false for content that is just arriving; <see cref="Upsert(Article)"/> decides exactly.
    /// </summary>
    public bool Holds(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        ObjectDisposedException.ThrowIf(disposed, this);
        return string.Equals(StoredContentHash(article.Id), article.ContentHash, StringComparison.Ordinal);
    }

    /// <summary>Removes every document of the article; false when the index has no such article.</summary>
    public bool Delete(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        lock (writeLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (StoredContentHash(articleId) is null)
            {
                return false;
            }
            documents.WaitForWrites(); // an upsert of this article still queued must not land after the delete
            writer.DeleteDocuments(ArticleTerm(articleId));
            RememberWrite(articleId, null);
            return true;
        }
    }

    /// <summary>Makes every write so far durable and visible to new searches.</summary>
    public void Commit()
    {
        lock (writeLock)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            // One flush for both: the refresh right after the commit finds nothing left to write.
            documents.FlushWithHelp(() =>
            {
                writer.Commit();
                searchers.MaybeRefreshBlocking();
            });
            ForgetRefreshedWrites();
        }
    }

    /// <summary>
    /// Finds the best matching passages, best first. Throws <see cref="ArgumentException"/> for a query with no
    /// searchable words or an empty date range, and <see cref="ArgumentOutOfRangeException"/> for a bad limit.
    /// </summary>
    public IReadOnlyList<PassageHit> Search(PassageQuery query) => SearchPassages(query, (searcher, textQuery, top) =>
    {
        var highlighter = new PassageHighlighter(analyzer, textQuery);
        var hits = new List<PassageHit>(top.ScoreDocs.Length);
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var passage = StoredPassageVisitor.Read(searcher.IndexReader, scoreDoc.Doc);
            hits.Add(new PassageHit(
                passage.ArticleId, passage.Title, passage.Date, passage.Url, passage.Source,
                passage.Paragraph, passage.Start, passage.End, passage.Text, scoreDoc.Score,
                highlighter.Highlight(passage.Text, passage.Start)));
        }
        return hits;
    });

    /// <summary>
    /// The articles of the best matching passages (<see cref="PassageQuery.Limit"/> of them), best first, each once,
    /// and each text once: of copies of one text under several ids (syndication), only the best ranked is named. For
    /// callers that read whole articles next, so no passage text is read and nothing is highlighted. Throws as
    /// <see cref="Search"/> does.
    /// </summary>
    public IReadOnlyList<string> FindArticleIds(PassageQuery query) => SearchPassages(query, (searcher, _, top) =>
    {
        var ids = new List<string>();
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        var seenTexts = new HashSet<long>();
        foreach (var scoreDoc in top.ScoreDocs)
        {
            var (id, textHash) = ArticleIdReader.Read(searcher.IndexReader, scoreDoc.Doc);
            if (seenIds.Add(id) && (textHash is not { } hash || seenTexts.Add(hash)))
            {
                ids.Add(id);
            }
        }
        return ids;
    });

    /// <summary>Validates and parses a passage query, runs it, and hands its top documents to <paramref name="read"/>.</summary>
    private List<T> SearchPassages<T>(PassageQuery query, Func<IndexSearcher, Query, TopDocs, List<T>> read)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(disposed, this);
        ValidateLimitAndDates(query.Limit, query.From, query.To, nameof(query));
        var textQuery = PassageQueryBuilder.ParseText(analyzer, query.Text);
        var filter = PassageQueryBuilder.DateFilter(query.From, query.To);
        return WithFreshSearcher(searcher => read(searcher, textQuery, TopDocuments(searcher, textQuery, filter, query.Limit)));
    }

    /// <summary>
    /// Finds statements by speaker, topic and the day they were said; each statement once, with every place it
    /// was reported. Throws <see cref="ArgumentException"/> for a speaker or topic with no searchable words or an
    /// empty date range, and <see cref="ArgumentOutOfRangeException"/> for a bad limit.
    /// </summary>
    public IReadOnlyList<QuoteHit> SearchQuotes(QuoteQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(disposed, this);
        ValidateLimitAndDates(query.Limit, query.From, query.To, nameof(query));
        return WithFreshSearcher(searcher => QuoteSearch.Run(searcher, analyzer, query));
    }

    private static TopDocs TopDocuments(IndexSearcher searcher, Query textQuery, Filter? filter, int limit)
    {
        var rareFirst = RareWordsFirst.Rewrite(textQuery, searcher.IndexReader, PassageFields.Text);
        var top = searcher.Search(FlatWordGroups.Flatten(rareFirst), filter, limit);
        if (top.TotalHits < limit && !ReferenceEquals(rareFirst, textQuery))
        {
            // The rare words alone do not fill the page: passages with only the common words are wanted too.
            top = searcher.Search(FlatWordGroups.Flatten(textQuery), filter, limit);
        }
        return top;
    }

    /// <summary>The article as stored, rebuilt from its passages; null when the index has no such article.</summary>
    public Article? GetArticle(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return WithFreshSearcher(searcher =>
        {
            if (FirstLiveDocument(searcher.IndexReader, new Term(PassageFields.ArticleDocumentId, articleId)) is { } articleDocument)
            {
                return ArticleReassembler.Reassemble(StoredPassageVisitor.ReadArticle(searcher.IndexReader, articleDocument));
            }
            // Indexes written before article documents existed (and unchanged articles in them) still hold every
            // article, one passage document per paragraph.
            var passages = new DocIdCollector();
            searcher.Search(ArticlePassagesQuery(articleId), passages);
            return passages.DocIds.Count == 0
                ? null
                : ArticleReassembler.Reassemble(passages.DocIds.Select(doc => StoredPassageVisitor.Read(searcher.IndexReader, doc)));
        });
    }

    /// <summary>Counts articles and passages, including writes not yet committed.</summary>
    public IndexStatistics Statistics() => WithFreshSearcher(searcher =>
    {
        var passages = new TermQuery(new Term(PassageFields.Type, PassageFields.PassageType));
        // Every article has exactly one first paragraph, so counting those counts articles without a distinct pass.
        var firstPassages = new BooleanQuery
        {
            { passages, Occur.MUST },
            { NumericRangeQuery.NewInt32Range(PassageFields.Paragraph, NumericFieldTypes.ParagraphPrecisionStep, 1, 1, true, true), Occur.MUST },
        };
        return new IndexStatistics(Count(searcher, firstPassages), Count(searcher, passages));
    });

    /// <summary>Commits pending writes and releases the folder.</summary>
    public void Dispose()
    {
        lock (writeLock)
        {
            if (disposed)
            {
                return;
            }
            disposed = true;
            try
            {
                documents.FlushWithHelp(writer.Commit);
            }
            finally
            {
                documents.Dispose();
                searchers.Dispose();
                writer.Dispose();
                luceneDirectory.Dispose();
                analyzer.Dispose();
                folderLock.Dispose(); // last: another process may take the folder from here on
            }
        }
    }

    private static void ValidateLimitAndDates(int limit, DateOnly? from, DateOnly? to, string paramName)
    {
        if (limit is < 1 or > PassageQuery.MaximumLimit)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                $"The limit must be between 1 and {PassageQuery.MaximumLimit}; it was {limit}.");
        }
        if (from > to)
        {
            throw new ArgumentException(
                $"The date range is empty: From ({Format(from.Value)}) is after To ({Format(to!.Value)}).",
                paramName);
        }
    }

    private static bool IsCorruption(Exception e) =>
        e is CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or EndOfStreamException;

    private static Term ArticleTerm(string articleId) => new(PassageFields.ArticleId, articleId);

    private static BooleanQuery ArticlePassagesQuery(string articleId) => new()
    {
        { new TermQuery(ArticleTerm(articleId)), Occur.MUST },
        { new TermQuery(new Term(PassageFields.Type, PassageFields.PassageType)), Occur.MUST },
    };

    /// <summary>
    /// The first live document holding the term, straight from the postings: for a unique term this skips building a
    /// query weight per segment, which cost as much as reading the document it finds.
    /// </summary>
    private static int? FirstLiveDocument(IndexReader reader, Term term)
    {
        foreach (var leaf in reader.Leaves)
        {
            var documents = leaf.AtomicReader.GetTermDocsEnum(term);
            if (documents?.NextDoc() is { } doc && doc != DocIdSetIterator.NO_MORE_DOCS)
            {
                return leaf.DocBase + doc;
            }
        }
        return null;
    }

    private static int Count(IndexSearcher searcher, Query query)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, counter);
        return counter.TotalHits;
    }

    private static string Format(DateOnly date) => date.ToString(PassageFields.DateFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// The stored content hash of the article, or null when it is not in the index. Exact under the write lock;
    /// without it, a write racing with the lookup may be missed, never invented: the memory is read first, and
    /// the searcher only ever shows real writes.
    /// </summary>
    private string? StoredContentHash(string articleId)
    {
        if (unrefreshedWrites.TryGetValue(articleId, out var pending))
        {
            return pending;
        }
        var searcher = searchers.Acquire();
        try
        {
            // A direct postings lookup rather than a query: this runs for every upserted article, and skipping
            // query rewriting and scoring makes it several times cheaper. Every passage stores the article's hash,
            // so the first live document that has one answers.
            var term = ArticleTerm(articleId);
            var idHash = ArticleIdSets.Hash(term.Bytes);
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                if (!articleIds.MayHold(leaf.AtomicReader, idHash))
                {
                    continue;
                }
                var documents = leaf.AtomicReader.GetTermDocsEnum(term);
                if (documents is null)
                {
                    continue;
                }
                for (var doc = documents.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = documents.NextDoc())
                {
                    var hash = leaf.AtomicReader.Document(doc, ContentHashOnly).Get(PassageFields.ContentHash, CultureInfo.InvariantCulture);
                    if (hash is not null)
                    {
                        return hash;
                    }
                }
            }
            return null;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private void RememberWrite(string articleId, string? contentHash)
    {
        unrefreshedWrites[articleId] = contentHash;
        if (++unrefreshedWriteCount >= MaximumUnrefreshedWrites)
        {
            RefreshSearchers();
        }
    }

    /// <summary>Waits until the searcher shows every write so far; only then can the remembered writes be dropped.</summary>
    private void RefreshSearchers()
    {
        documents.FlushWithHelp(searchers.MaybeRefreshBlocking);
        ForgetRefreshedWrites();
    }

    /// <summary>Drops the remembered writes; call only once the searcher has been refreshed to show them all.</summary>
    private void ForgetRefreshedWrites()
    {
        unrefreshedWrites.Clear();
        unrefreshedWriteCount = 0;
    }

    /// <summary>
    /// Runs a read on a searcher that shows every write made before the call. MaybeRefresh is cheap when nothing
    /// changed, and returns at once when another thread is already refreshing.
    /// </summary>
    private T WithFreshSearcher<T>(Func<IndexSearcher, T> read)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        documents.WaitForWrites();
        searchers.MaybeRefresh();
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }
}
