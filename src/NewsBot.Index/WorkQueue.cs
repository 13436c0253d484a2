namespace NewsBot.Index;

/// <summary>
/// A bounded queue for one consumer thread that hands work over in bursts: a full queue holds its producer until
/// the consumer has worked it down to half, and waiting never spins. BlockingCollection wakes a waiting producer
/// for every freed slot and spins before each wait; when the writer threads are the bottleneck that is a wake-up
/// per article and CPU burnt in spinning on a machine whose cores are all busy already.
/// </summary>
internal sealed class WorkQueue<T>(int capacity)
{
    private readonly Queue<T> items = new(capacity);
    private bool completed;
    private bool producerWaiting;
    private bool consumerWaiting;

    public void Add(T item)
    {
        lock (items)
        {
            while (items.Count >= capacity)
            {
                producerWaiting = true;
                Monitor.Wait(items);
            }
            items.Enqueue(item);
            if (consumerWaiting)
            {
                consumerWaiting = false;
                Monitor.PulseAll(items);
            }
        }
    }

    /// <summary>The next item; false once the queue is completed and empty.</summary>
    public bool TryTake(out T item)
    {
        lock (items)
        {
            while (items.Count == 0)
            {
                if (completed)
                {
                    item = default!;
                    return false;
                }
                consumerWaiting = true;
                Monitor.Wait(items);
            }
            item = items.Dequeue();
            if (producerWaiting && items.Count <= capacity / 2)
            {
                producerWaiting = false;
                Monitor.PulseAll(items);
            }
            return true;
        }
    }

    /// <summary>No more items will be added; the consumer finishes what is queued.</summary>
    public void Complete()
    {
        lock (items)
        {
            completed = true;
            Monitor.PulseAll(items);
        }
    }
}
