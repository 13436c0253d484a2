using Lucene.Net.Index;
using NewsBot.Articles;

namespace NewsBot.Index;

/// <summary>
/// Turns upserted articles into Lucene documents on background threads, so a caller that reads and upserts on one
/// thread still keeps every core busy: Lucene's IndexWriter lets several threads invert documents at once, each
/// into its own in-memory segment, and inverting (tokenising, stemming, buffering postings) is most of the cost of
/// an upsert. Each thread has its own queue, and an article always goes to the same queue, so two writes of one
/// article are applied in the order they were made. <see cref="WaitForWrites"/> is the barrier every read, commit
/// and delete passes first, so callers never see a write missing that they were told had happened.
/// A write that fails here (a full disk, say) fails the index for every later write and wait: Lucene itself
/// treats such failures as fatal for the writer, and carrying on would report articles as stored that are not.
/// </summary>
internal sealed class BackgroundDocumentWriter : IDisposable
{
    /// <summary>Enough queued articles to ride out a slow flush without holding much of a large export in memory.</summary>
    private const int QueuedArticlesPerThread = 64;

    private static readonly IEnumerable<IEnumerable<IIndexableField>> NoDocuments = [];

    /// <summary>How often an idle writer thread asks for a pending segment while a full flush goes on.</summary>
    private static readonly TimeSpan HelpInterval = TimeSpan.FromMilliseconds(1);

    private readonly IndexWriter writer;
    private readonly Lane[] lanes;
    private Exception? failure;

    public BackgroundDocumentWriter(IndexWriter writer, int threads)
    {
        this.writer = writer;
        lanes = new Lane[threads];
        for (var i = 0; i < threads; i++)
        {
            lanes[i] = new Lane(this, i);
        }
    }

    /// <summary>
    /// Queues the replacement of every document of the article with its passages, its article document and its
    /// statements. Callers serialise their calls (the index's write lock), which keeps each queue's count exact.
    /// </summary>
    public void Replace(Term articleTerm, Article article, IReadOnlyList<Quote> quotes)
    {
        ThrowIfFailed();
        var lane = lanes[(int)((uint)StringComparer.Ordinal.GetHashCode(article.Id) % (uint)lanes.Length)];
        lane.Add(new Write(articleTerm, article, quotes));
    }

    /// <summary>Returns once every write queued before the call is in the IndexWriter; throws if one of them failed.</summary>
    public void WaitForWrites()
    {
        foreach (var lane in lanes)
        {
            lane.WaitFor(lane.Queued);
        }
        ThrowIfFailed();
    }

    /// <summary>
    /// Runs <paramref name="fullFlush"/>, a commit or the opening of a reader that shows every write, with the writer
    /// threads helping it. Both write each writer thread's in-memory segment to disk, and Lucene does that one segment
    /// after another on the thread that asked, unless indexing threads come to help: a thread that adds documents while
    /// flushes are pending flushes one of them first. Callers hold the index's write lock, so the writer threads are
    /// idle then; each adds an empty batch every millisecond until the flush is done, and so takes a segment of its
    /// own. The refresh at 50,000 articles of a bulk run (two writer threads, 256 MB buffer) took 1.05 s instead of
    /// 1.6 s, its other core no longer idle. Throws as <see cref="WaitForWrites"/> does, also when a helper's flush
    /// failed and the flush therefore left out what that segment held.
    /// </summary>
    public void FlushWithHelp(Action fullFlush)
    {
        WaitForWrites();
        // Not disposed: the helpers may still be looking at it as they stop, and without a wait handle asked for it
        // holds nothing to release. No spinning before each wait: the other core has a segment to flush.
        var ended = new ManualResetEventSlim(initialState: false, spinCount: 0);
        foreach (var lane in lanes)
        {
            lane.Add(new HelpFlush(ended));
        }
        try
        {
            fullFlush();
        }
        finally
        {
            ended.Set();
        }
        WaitForWrites();
    }

    /// <summary>Finishes the queued writes and stops the threads; a failure is left to <see cref="WaitForWrites"/>.</summary>
    public void Dispose()
    {
        foreach (var lane in lanes)
        {
            lane.Complete();
        }
        foreach (var lane in lanes)
        {
            lane.Join();
        }
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref failure) is { } error)
        {
            throw new IOException($"Writing to the index failed, so it accepts no more writes: {error.Message}", error);
        }
    }

    private abstract record Job;

    /// <summary>Replaces every document of the article.</summary>
    private sealed record Write(Term ArticleTerm, Article Article, IReadOnlyList<Quote> Quotes) : Job;

    /// <summary>Helps a full flush until <see cref="Ended"/> is set (<see cref="FlushWithHelp"/>).</summary>
    private sealed record HelpFlush(ManualResetEventSlim Ended) : Job;

    /// <summary>One background thread, its queue, and its own reusable documents.</summary>
    private sealed class Lane
    {
        private readonly BackgroundDocumentWriter owner;
        private readonly WorkQueue<Job> queue = new(QueuedArticlesPerThread);
        private readonly PassageDocumentWriter passages = new();
        private readonly ArticleDocumentWriter articles = new();
        private readonly QuoteDocumentWriter quotes = new();
        private readonly Thread thread;
        private readonly object progress = new();
        private long queued;
        private long done;

        public Lane(BackgroundDocumentWriter owner, int number)
        {
            this.owner = owner;
            thread = new Thread(Work) { IsBackground = true, Name = $"NewsIndex writer {number + 1}" };
            thread.Start();
        }

        public long Queued => Volatile.Read(ref queued);

        public void Add(Job job)
        {
            // Counted before it is queued, so a waiter that reads the count never misses a job already taken.
            Interlocked.Increment(ref queued);
            queue.Add(job);
        }

        public void WaitFor(long count)
        {
            lock (progress)
            {
                while (done < count)
                {
                    Monitor.Wait(progress);
                }
            }
        }

        public void Complete() => queue.Complete();

        /// <summary>Waits for the thread to finish the queue; call <see cref="Complete"/> first.</summary>
        public void Join() => thread.Join();

        private void Work()
        {
            while (queue.TryTake(out var job))
            {
                try
                {
                    if (Volatile.Read(ref owner.failure) is not null)
                    {
                        continue;
                    }
                    switch (job)
                    {
                        case Write write:
                            owner.writer.UpdateDocuments(
                                write.ArticleTerm,
                                passages.Fill(write.Article).Append(articles.Fill(write.Article)).Concat(quotes.Fill(write.Article, write.Quotes)));
                            break;
                        case HelpFlush help:
                            do
                            {
                                // Adds nothing; on its way in, Lucene hands this thread a pending segment to flush.
                                owner.writer.AddDocuments(NoDocuments);
                            }
                            while (!help.Ended.Wait(HelpInterval));
                            break;
                    }
                }
                catch (Exception error)
                {
                    Interlocked.CompareExchange(ref owner.failure, error, null);
                }
                finally
                {
                    lock (progress)
                    {
                        done++;
                        Monitor.PulseAll(progress);
                    }
                }
            }
        }
    }
}
