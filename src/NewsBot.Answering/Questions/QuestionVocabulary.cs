using System.Collections.Frozen;

namespace NewsBot.Answering.Questions;

/// <summary>The words that shape a question rather than name its topic.</summary>
internal static class QuestionVocabulary
{
    /// <summary>Verbs of saying, in every form news text uses them; they mark statements and are never topic words.</summary>
    public static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added", "state", "states", "stated",
        "claim", "claims", "claimed", "announce", "announces", "announced", "warn", "warns", "warned", "call", "calls",
        "called", "assure", "assures", "assured", "comment", "commented", "declare", "declared", "insist", "insisted",
        "argue", "argued", "explain", "explained", "note", "noted", "report", "reported", "believe", "believes",
        "speak", "spoke", "describe", "described", "deny", "denied", "accuse", "accused", "urge", "urged",
        "think", "thinks", "thought", "reply", "replied", "respond", "responded", "write", "wrote", "ask", "asked",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Speech verbs that in a question mean only "said"; "called" or "warned" there also name the topic.</summary>
    public static readonly FrozenSet<string> PlainSpeechVerbs = new[]
    {
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "state", "stated", "comment", "commented",
        "speak", "spoke", "mention", "mentioned", "think",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> QuestionWords = new[]
    {
        "what", "who", "whom", "whose", "when", "where", "why", "how", "which", "did", "does", "do", "has", "have",
        "had", "was", "were", "is", "are", "will", "would", "can", "could", "else", "also", "about", "anything",
        "we", "our", "us", "you", "i", "me", "archive", "report", "reported", "article", "news", "happen", "happened",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> Pronouns = new[]
    {
        "he", "she", "they", "him", "her", "them", "his", "hers", "their",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that are not names: they start questions and sentences.</summary>
    public static readonly FrozenSet<string> NotNames = new[]
    {
        "What", "Who", "Whom", "Whose", "When", "Where", "Why", "How", "Which", "Did", "Does", "Do", "Has", "Have", "Had",
        "Was", "Were", "Is", "Are", "Will", "Would", "Can", "Could", "And", "But", "Or", "The", "A", "An", "In", "On",
        "At", "Of", "For", "To", "I", "We", "He", "She", "They", "It", "His", "Her", "Their", "Its", "This", "That",
        "These", "Those", "There", "Mr", "Mrs", "Ms", "Dr", "Yes", "No", "According", "After", "Before", "Also",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Anything", "Tell",
    }.ToFrozenSet(StringComparer.Ordinal);
}
