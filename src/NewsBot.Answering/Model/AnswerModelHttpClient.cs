namespace NewsBot.Answering.Model;

/// <summary>
/// The one HttpClient the chat service uses, owned by the container so it is disposed with it. Its own timeout is
/// off: <see cref="AnswerModelOptions.TimeoutSeconds"/> is applied per answer instead.
/// </summary>
public sealed class AnswerModelHttpClient : IDisposable
{
    public HttpClient Client { get; } = new() { Timeout = Timeout.InfiniteTimeSpan };

    public void Dispose() => Client.Dispose();
}
