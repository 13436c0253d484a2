using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using NewsBot.Answering.Citations;
using NewsBot.Answering.Conversation;
using NewsBot.Answering.Extractive;
using NewsBot.Answering.Model;
using NewsBot.Answering.Plugins;
using NewsBot.Answering.Questions;
using NewsBot.Answering.Quotes;
using NewsBot.Answering.Retrieval;
using NewsBot.Answering.Verification;
using NewsBot.Index;

namespace NewsBot.Answering.Service;

/// <summary>
/// Question → reading (with the conversation's last turn) → relevant sentences → an answer function run through the
/// kernel → verification → response. With no model configured the extractive function answers. With a model, its
/// reply is verified claim by claim; when nothing it wrote survives, the extractive answer is given instead (itself
/// verified, and a decline when the archive has no answer), so unverified model text never reaches the user.
/// </summary>
public sealed class AnswerService : IAnswerService
{
    private readonly Microsoft.SemanticKernel.Kernel kernel;
    private readonly NewsIndex index;
    private readonly QuestionParser parser;
    private readonly IConversationMemory memory;
    private readonly CitationFinder citations;
    private readonly AnswerPrompts prompts;
    private readonly AnswerModelOptions modelOptions;
    private readonly TimeProvider clock;
    private readonly ILogger<AnswerService> logger;
    private readonly IQuoteSource? quotes;

    public AnswerService(
        Microsoft.SemanticKernel.Kernel kernel,
        NewsIndex index,
        QuestionParser parser,
        IConversationMemory memory,
        CitationFinder citations,
        AnswerPrompts prompts,
        IOptions<AnswerModelOptions> modelOptions,
        TimeProvider clock,
        ILogger<AnswerService> logger,
        IQuoteSource? quotes = null)
    {
        ArgumentNullException.ThrowIfNull(modelOptions);
        this.kernel = kernel;
        this.index = index;
        this.parser = parser;
        this.memory = memory;
        this.citations = citations;
        this.prompts = prompts;
        this.modelOptions = modelOptions.Value;
        this.clock = clock;
        this.logger = logger;
        this.quotes = quotes;
    }

    public async Task<AskResponse> AskAsync(string question, DateOnly? asOf = null, string? conversationId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var today = asOf ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var previous = conversationId is null ? null : await memory.LastTurnAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var parsed = FollowUpResolver.Resolve(parser.Read(question, today), previous);
        var exclude = parsed.WantsMore && previous is not null ? previous.Cited : [];

        var (response, function) = await AnswerAsync(question, parsed, exclude, cancellationToken).ConfigureAwait(false);
        if (response.Found)
        {
            AnsweringLog.Answered(logger, parsed.Kind, response.Citations.Count, function);
        }
        else
        {
            AnsweringLog.Declined(logger, parsed.Kind, function);
        }
        if (conversationId is not null)
        {
            var cited = response.Citations.Select(c => new CitedSpan(c.ArticleId, c.Start, c.End));
            await memory.RememberAsync(conversationId, new ConversationTurn(parsed, [.. exclude, .. cited]), cancellationToken).ConfigureAwait(false);
        }
        return response;
    }

    private async Task<(AskResponse Response, string Function)> AnswerAsync(
        string question, ParsedQuestion parsed, IReadOnlyList<CitedSpan> exclude, CancellationToken cancellationToken)
    {
        if (parsed.Kind == QuestionKind.CitationLookup && parsed.QuotedText is { } quoted)
        {
            var check = citations.Find(quoted, parsed.Speaker);
            return (Verified(question, ExtractiveAnswerer.ComposeLookup(parsed, check, index.GetArticle), new SpeakerAttribution(quotes)), "citation look-up");
        }
        // Both remember what they read for the length of this answer only.
        var attribution = new SpeakerAttribution(quotes);
        var ranked = new SentenceRanker(attribution).Rank(parsed, new ArchiveReader(index), exclude);
        if (ranked.Count == 0)
        {
            return (ResponseBuilder.NotFound(question), "nothing relevant retrieved");
        }
        if (modelOptions.Provider != AnswerModelProvider.None)
        {
            var modelAnswer = await ModelAnswerAsync(question, parsed, ranked, attribution, cancellationToken).ConfigureAwait(false);
            if (modelAnswer is not null)
            {
                return (modelAnswer, "model");
            }
        }
        var result = await kernel.InvokeAsync(
            ExtractiveAnswerPlugin.Name,
            ExtractiveAnswerPlugin.AnswerFunction,
            new KernelArguments { ["question"] = parsed, ["ranked"] = ranked },
            cancellationToken).ConfigureAwait(false);
        return (Verified(question, result.GetValue<DraftAnswer>(), attribution), "extractive");
    }

    /// <summary>The model's verified answer; a NOT_FOUND reply is a decline; null means "use the extractive answer".</summary>
    private async Task<AskResponse?> ModelAnswerAsync(
        string question, ParsedQuestion parsed, IReadOnlyList<CandidateSentence> ranked, SpeakerAttribution attribution, CancellationToken cancellationToken)
    {
        var sources = ranked
            .DistinctBy(c => (c.Article.Id, c.Paragraph))
            .Take(modelOptions.MaximumSources)
            .Select((c, i) => new AnswerSource(i + 1, c.Article, c.Paragraph, c.Article.Paragraphs[c.Paragraph - 1].Span))
            .ToList();
        string reply;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(modelOptions.TimeoutSeconds));
            var result = await kernel.InvokeAsync(
                prompts.CitedAnswer,
                new KernelArguments { ["question"] = parsed.Text, ["sources"] = SourceFormatter.Format(sources) },
                timeout.Token).ConfigureAwait(false);
            reply = result.GetValue<string>()?.Trim() ?? "";
        }
        catch (Exception e) when (e is HttpOperationException or OperationCanceledException or KernelException && !cancellationToken.IsCancellationRequested)
        {
            AnsweringLog.ModelFailed(logger, e);
            return null;
        }
        if (reply.StartsWith(AnswerPrompts.NotFoundSentinel, StringComparison.Ordinal))
        {
            return ResponseBuilder.NotFound(question);
        }
        var verified = AnswerVerifier.Verify(reply, sources);
        foreach (var removed in verified.Removed)
        {
            AnsweringLog.RemovedModelClaim(logger, removed.Problem);
        }
        if (verified.IsEmpty)
        {
            AnsweringLog.ModelAnswerRejected(logger);
            return null;
        }
        return ResponseBuilder.Build(question, verified, sources, attribution);
    }

    private static AskResponse Verified(string question, DraftAnswer? draft, SpeakerAttribution attribution)
    {
        if (draft is null)
        {
            return ResponseBuilder.NotFound(question);
        }
        var verified = AnswerVerifier.Verify(draft.Text, draft.Sources);
        return verified.IsEmpty ? ResponseBuilder.NotFound(question) : ResponseBuilder.Build(question, verified, draft.Sources, attribution);
    }
}
