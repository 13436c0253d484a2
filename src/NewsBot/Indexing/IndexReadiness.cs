namespace NewsBot.Indexing;

/// <summary>
/// Whether the service has finished its start-up indexing (the seeds, when the index was empty).
/// Starts not ready so /healthz never claims readiness before the check has run.
/// </summary>
public sealed class IndexReadiness
{
    private volatile bool _ready;

    public bool IsReady => _ready;

    public void MarkReady() => _ready = true;
}
