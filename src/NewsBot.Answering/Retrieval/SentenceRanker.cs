using System.Text.RegularExpressions;
using NewsBot.Answering.Conversation;
using NewsBot.Answering.Questions;
using NewsBot.Answering.Text;
using NewsBot.Articles;

namespace NewsBot.Answering.Retrieval;

/// <summary>
/// Finds the sentences that answer a question, best first, and none when the archive does not answer it.
/// Relevance is decided from the question's content, not from search scores (BM25 always returns its best
/// passage, however poor): every name must be in the article, a speaker must be the one who made the statement,
/// and the sentence must contain enough of the topic words.
/// </summary>
internal sealed partial class SentenceRanker(SpeakerAttribution attribution)
{
    /// <summary>Passages read from the search; the articles they belong to are read in full.</summary>
    private const int SearchedPassages = 40;

    /// <summary>At most this many articles (distinct texts) are read in full per question.</summary>
    private const int ReadArticles = 8;

    public IReadOnlyList<CandidateSentence> Rank(ParsedQuestion question, ArchiveReader archive, IReadOnlyList<CitedSpan> exclude)
    {
        var terms = QuestionTerms.Of(question);
        if (terms.IsEmpty)
        {
            return [];
        }
        var candidates = new List<CandidateSentence>();
        // Syndicated copies (one text under several ids) would fill the reading list with one story and offer the
        // same sentences again: the best ranked copy is read, the rest are passed over. The search already names
        // each text once where the index holds text hashes; this also covers segments written before them.
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var articleId in archive.FindArticles(QuestionTerms.SearchWords(question), question.Dates, SearchedPassages))
        {
            if (texts.Count == ReadArticles)
            {
                break;
            }
            if (archive.Article(articleId) is not { } article || !texts.Add(article.Text))
            {
                continue;
            }
            var rank = texts.Count - 1;
            // Each sentence is stemmed once; its paragraph's and article's stems are their unions.
            var sentenceStems = article.Paragraphs.Select(p => p.Sentences.Select(s => Stems.SetOf(article.Text[s.Start..s.End])).ToList()).ToList();
            var articleStems = Stems.SetOf(article.Title);
            sentenceStems.ForEach(paragraph => paragraph.ForEach(articleStems.UnionWith));
            if (!terms.Entities.All(e => e.All(articleStems.Contains)) || !terms.Speaker.All(articleStems.Contains))
            {
                continue; // a name the question asks about is not in this article at all
            }
            for (var p = 0; p < article.Paragraphs.Count; p++)
            {
                var paragraph = article.Paragraphs[p];
                var paragraphStems = new HashSet<string>(sentenceStems[p].SelectMany(stems => stems), StringComparer.Ordinal);
                for (var i = 0; i < paragraph.Sentences.Count; i++)
                {
                    var sentence = paragraph.Sentences[i];
                    if (exclude.Any(c => string.Equals(c.ArticleId, article.Id, StringComparison.Ordinal) && c.Start < sentence.End && sentence.Start < c.End))
                    {
                        continue;
                    }
                    if (Score(question, terms, article, paragraph.Number, paragraphStems, sentence, sentenceStems[p][i], rank) is { } candidate)
                    {
                        candidates.Add(candidate with { Span = QuotationBalance.Extend(article, paragraph.Number, candidate.Span) });
                    }
                }
            }
        }
        return candidates
            .OrderByDescending(c => c.Score)
            .DistinctBy(c => c.Text, StringComparer.Ordinal)
            .ToList();
    }

    private CandidateSentence? Score(
        ParsedQuestion question, QuestionTerms terms, Article article, int paragraph, HashSet<string> paragraphStems, TextSpan sentence,
        HashSet<string> stems, int articleRank)
    {
        var text = article.Text[sentence.Start..sentence.End];
        if (InstructionSentences.IsInstruction(text))
        {
            return null; // planted orders are not what the archive reports
        }
        var topicMatches = terms.Topic.Count(stems.Contains);
        if (topicMatches < terms.RequiredTopicMatches)
        {
            return null;
        }
        var entitiesInSentence = terms.Entities.Count(e => e.All(stems.Contains));
        var entitiesInParagraph = terms.Entities.Count(e => e.All(paragraphStems.Contains));
        string? speaker = null;
        var score = (topicMatches * 2.0) + (entitiesInSentence * 1.5) + (1.0 / (1 + articleRank));
        switch (question.Kind)
        {
            case QuestionKind.WhatDidSay:
                // The topic of "what did X say about Washington?" is a name: it must be in what was said.
                if (entitiesInSentence < terms.Entities.Count || !SpeakerAttribution.IsStatement(text) ||
                    question.Speaker is null || !attribution.IsAttributedTo(article, sentence, question.Speaker))
                {
                    return null;
                }
                speaker = attribution.SpeakerOf(article, sentence);
                score += FoldedText.FoldString(text).Contains('"', StringComparison.Ordinal) ? 1 : 0;
                // Without a topic every statement qualifies; the article's own order then tells the story.
                score -= paragraph / 100.0;
                break;
            case QuestionKind.WhoSaid:
                if (terms.Topic.Count == 0 || !SpeakerAttribution.IsStatement(text) ||
                    (speaker = attribution.SpeakerOf(article, sentence)) is null ||
                    entitiesInParagraph < terms.Entities.Count)
                {
                    return null;
                }
                break;
            case QuestionKind.When:
                if (entitiesInParagraph < terms.Entities.Count || (terms.Topic.Count == 0 && entitiesInSentence == 0))
                {
                    return null;
                }
                score += DateWords().IsMatch(text) ? 2 : 0;
                break;
            default:
                if ((terms.Entities.Count > 0 && entitiesInParagraph == 0) || (terms.Topic.Count == 0 && entitiesInSentence == 0))
                {
                    return null;
                }
                break;
        }
        return new CandidateSentence(article, paragraph, sentence, score, speaker);
    }

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:in|since|until)\s+(?:19|20)\d{2}\b")]
    private static partial Regex DateWords();
}
