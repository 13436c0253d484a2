using System.Text.Json.Serialization;

namespace NewsBot.Evaluation;

internal sealed record PolnearArticle(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("text")] string Text);

internal sealed record PolnearAttribution(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("primary")] bool Primary,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("is_direct")] bool IsDirect,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speaker_spans")] int[][]? SpeakerSpans,
    [property: JsonPropertyName("quote_spans")] int[][]? QuoteSpans);

internal sealed record MeantimeArticle(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("text")] string Text);

internal sealed record MeantimeRow(
    [property: JsonPropertyName("article_id")] string ArticleId,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("cue_start")] int? CueStart,
    [property: JsonPropertyName("cue_end")] int? CueEnd,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speaker_start")] int? SpeakerStart,
    [property: JsonPropertyName("speaker_end")] int? SpeakerEnd,
    [property: JsonPropertyName("speaker_resolved")] string? SpeakerResolved,
    [property: JsonPropertyName("event_time")] string? EventTime);

internal sealed record CorpusArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("text")] string Text);
