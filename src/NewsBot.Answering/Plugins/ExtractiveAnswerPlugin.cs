using System.ComponentModel;
using Microsoft.SemanticKernel;
using NewsBot.Answering.Extractive;
using NewsBot.Answering.Questions;
using NewsBot.Answering.Retrieval;

namespace NewsBot.Answering.Plugins;

/// <summary>The default answer function: native, extractive, needing no model.</summary>
internal sealed class ExtractiveAnswerPlugin
{
    public const string Name = "Extractive";
    public const string AnswerFunction = "answer";

    [KernelFunction(AnswerFunction), Description("Answers from the archive's own sentences, quoted verbatim with [n] citations; null when nothing answers.")]
    public static DraftAnswer? Answer(ParsedQuestion question, IReadOnlyList<CandidateSentence> ranked) =>
        ExtractiveAnswerer.Compose(question, ranked);
}
