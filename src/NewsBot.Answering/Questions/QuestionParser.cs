using System.Text.RegularExpressions;
using NewsBot.Answering.Text;

namespace NewsBot.Answering.Questions;

/// <summary>
/// Reads a question with rules: its kind, speaker, names, topic words, dates and quoted words. Rules rather than a
/// model because they run everywhere, instantly, and a wrong reading can be traced to one line.
/// </summary>
public sealed partial class QuestionParser(IDateExpressionResolver dates)
{
    /// <summary>A quotation to look up has at least this many words; shorter quoted words are just a phrase.</summary>
    private const int MinimumQuotedWords = 3;

    public ParsedQuestion Parse(string question, DateOnly asOf) => Read(question, asOf).Question;

    internal QuestionReading Read(string question, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = FoldedText.FoldString(question).Trim();
        var rest = text;

        string? quoted = null;
        if (Quotation().Match(rest) is { Success: true } q && Words.Of(q.Groups[1].Value).Count >= MinimumQuotedWords)
        {
            quoted = q.Groups[1].Value.Trim();
            rest = rest.Remove(q.Index, q.Length).Insert(q.Index, " ");
        }
        var date = dates.Resolve(rest, asOf);
        if (date is not null)
        {
            rest = rest.Replace(date.Words, " ", StringComparison.Ordinal);
        }

        if (AndAbout().Match(rest) is { Success: true } and && Names(and.Groups["name"].Value) is [var name])
        {
            var parsed = new ParsedQuestion { Text = text, Kind = QuestionKind.GeneralFact, Entities = [name], Dates = date?.Range };
            return new QuestionReading(parsed, PronounSubject: false, AndAbout: name);
        }

        var kind = quoted is not null ? QuestionKind.CitationLookup : KindOf(rest);
        string? speaker = null;
        var pronounSubject = false;
        string? topicText = rest;
        if (kind is QuestionKind.WhatDidSay or QuestionKind.CitationLookup &&
            SubjectBeforeVerb().Match(rest) is { Success: true } subject)
        {
            var who = subject.Groups["subject"].Value.Trim();
            pronounSubject = QuestionVocabulary.Pronouns.Contains(who);
            speaker = pronounSubject ? null : Names(who).FirstOrDefault();
            topicText = rest[(subject.Index + subject.Length)..];
        }
        if (kind == QuestionKind.WhatDidSay && speaker is null && !pronounSubject)
        {
            kind = QuestionKind.GeneralFact; // "what did the report say" names no one to quote
        }

        var names = Names(topicText);
        var entities = names.Where(n => speaker is null || !string.Equals(n, speaker, StringComparison.Ordinal)).ToList();
        var nameWords = new HashSet<string>(names.SelectMany(n => n.Split(' ')), StringComparer.OrdinalIgnoreCase);
        var topic = Words.Of(topicText)
            .Select(w => topicText[w.Start..w.End])
            .Where(w => !nameWords.Contains(w) &&
                        !QuestionVocabulary.QuestionWords.Contains(w) &&
                        !QuestionVocabulary.PlainSpeechVerbs.Contains(w) &&
                        !QuestionVocabulary.Pronouns.Contains(w) &&
                        !(kind == QuestionKind.WhoSaid && QuestionVocabulary.SpeechVerbs.Contains(w)))
            .ToList();
        var wantsMore = Else().IsMatch(rest);
        return new QuestionReading(
            new ParsedQuestion
            {
                Text = text,
                Kind = kind,
                Speaker = speaker,
                Entities = entities,
                TopicWords = topic,
                Dates = date?.Range,
                QuotedText = quoted,
                WantsMore = wantsMore,
            },
            pronounSubject,
            AndAbout: null);
    }

    private static QuestionKind KindOf(string question)
    {
        if (WhoSaid().IsMatch(question))
        {
            return QuestionKind.WhoSaid;
        }
        if (question.StartsWith("when ", StringComparison.OrdinalIgnoreCase))
        {
            return QuestionKind.When;
        }
        return SubjectBeforeVerb().IsMatch(question) ? QuestionKind.WhatDidSay : QuestionKind.GeneralFact;
    }

    /// <summary>Runs of capitalised words that are not question words, months or pronouns: "Dmitry Peskov", "U.S.".</summary>
    internal static List<string> Names(string text)
    {
        var names = new List<string>();
        var run = new List<string>();
        foreach (Match token in Token().Matches(text))
        {
            var word = token.Value.TrimEnd('.', '\'');
            var isName = token.Value.Length > 0 && char.IsUpper(token.Value[0]) && !QuestionVocabulary.NotNames.Contains(word);
            var joined = run.Count > 0 && text[(token.Index - 1)..token.Index] == " " && isName;
            if (run.Count > 0 && !joined)
            {
                names.Add(string.Join(' ', run));
                run.Clear();
            }
            if (isName)
            {
                run.Add(token.Value.EndsWith("'s", StringComparison.Ordinal) ? token.Value[..^2] : token.Value);
            }
        }
        if (run.Count > 0)
        {
            names.Add(string.Join(' ', run));
        }
        return names;
    }

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"^\s*(?:and|what about|how about)\s+(?<name>[^?]+?)\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AndAbout();

    [GeneratedRegex(@"^\s*who\s+(?:else\s+)?(?:has\s+|had\s+|did\s+)?(?:said|says|say|told|tell|called|call|warned|claimed|stated|announced|added|described|denied|accused|insisted|believes|believed|argued)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhoSaid();

    [GeneratedRegex(@"^\s*(?:(?:what|how)\s+(?:else\s+)?)?(?:did|does|do|has|have|had|would|is|was)\s+(?<subject>[\p{L}\s.'-]+?)\s+(?:ever\s+|also\s+|really\s+)?(?:say|said|tell|told|add|added|claim|claimed|announce|announced|state|stated|think|comment|commented|warn|warned|mean|report|reported|describe|described|call|called)\b(?:\s+(?:about|on|regarding|of|that)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBeforeVerb();

    [GeneratedRegex(@"\belse\b|\bmore\b|\balso\b", RegexOptions.IgnoreCase)]
    private static partial Regex Else();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'.-]*")]
    private static partial Regex Token();
}
