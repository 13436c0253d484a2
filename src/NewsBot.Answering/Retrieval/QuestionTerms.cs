using NewsBot.Answering.Questions;
using NewsBot.Answering.Text;

namespace NewsBot.Answering.Retrieval;

/// <summary>A question's words as index stems: the topic, each name, and the speaker's.</summary>
internal sealed record QuestionTerms(
    HashSet<string> Topic,
    IReadOnlyList<IReadOnlyList<string>> Entities,
    IReadOnlyList<string> Speaker)
{
    public static QuestionTerms Of(ParsedQuestion question)
    {
        var topic = Stems.SetOf(string.Join(' ', question.TopicWords));
        var entities = question.Entities.Select(Stems.Of).Where(s => s.Count > 0).ToList();
        var speaker = question.Speaker is null ? [] : Stems.Of(question.Speaker);
        // Names also count as topic stems once: "concern" and "Washington" alike should be in the sentence.
        topic.ExceptWith(speaker);
        return new QuestionTerms(topic, entities, speaker);
    }

    /// <summary>How many topic stems a sentence needs: all of one or two, most of more (paraphrase drops some).</summary>
    public int RequiredTopicMatches => Topic.Count <= 2 ? Topic.Count : (int)Math.Ceiling(Topic.Count * 0.6);

    public bool IsEmpty => Topic.Count == 0 && Entities.Count == 0 && Speaker.Count == 0;

    /// <summary>The words to search the index for.</summary>
    public static IEnumerable<string> SearchWords(ParsedQuestion question) =>
        question.TopicWords.Concat(question.Entities).Concat(question.Speaker is null ? [] : [question.Speaker]);
}
