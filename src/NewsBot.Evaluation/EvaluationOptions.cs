namespace NewsBot.Evaluation;

/// <summary>What to measure and where the gold data and the corpus are.</summary>
internal sealed record EvaluationOptions(string Command, string EvalDirectory, string CorpusFile, string? ErrorFolder, bool Speed)
{
    public const string Usage = """
        Usage: NewsBot.Evaluation quotes [--eval DIR] [--corpus FILE] [--errors DIR] [--no-speed]
          quotes    score quote extraction on PolNeAR and MEANTIME, and time it on the corpus
          --eval    folder holding polnear/ and meantime/ (default /work/shared/eval)
          --corpus  articles.jsonl to time extraction on (default /work/shared/corpus/articles.jsonl)
          --errors  folder (outside the repository) to write PolNeAR mismatches to, for error analysis:
                    MISSED, SPURIOUS and SPEAKER lines, gold spans marked ⟦...⟧ and ours ⟨...⟩ in the text
          --no-speed  skip the speed measurement
        """;

    public static EvaluationOptions? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "quotes")
        {
            return null;
        }
        var eval = "/work/shared/eval";
        var corpus = "/work/shared/corpus/articles.jsonl";
        string? errors = null;
        var speed = true;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--eval" when i + 1 < args.Length:
                    eval = args[++i];
                    break;
                case "--corpus" when i + 1 < args.Length:
                    corpus = args[++i];
                    break;
                case "--errors" when i + 1 < args.Length:
                    errors = args[++i];
                    break;
                case "--no-speed":
                    speed = false;
                    break;
                default:
                    return null;
            }
        }
        return new EvaluationOptions(args[0], eval, corpus, errors, speed);
    }
}
