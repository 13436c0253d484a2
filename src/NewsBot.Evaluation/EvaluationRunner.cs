using System.Globalization;
using NewsBot.Quotes;

namespace NewsBot.Evaluation;

internal static class EvaluationRunner
{
    public static int Run(EvaluationOptions options, TextWriter output)
    {
        var extractor = new QuoteExtractor();
        var polnear = Path.Combine(options.EvalDirectory, "polnear");
        var meantime = Path.Combine(options.EvalDirectory, "meantime");
        foreach (var required in new[] { polnear, meantime })
        {
            if (!Directory.Exists(required))
            {
                output.WriteLine($"Gold data folder {required} is missing: pass --eval with the folder that holds polnear/ and meantime/.");
                return 1;
            }
        }
        if (options.ErrorFolder is { } errorFolder)
        {
            Directory.CreateDirectory(errorFolder);
        }
        var speed = options.Speed && File.Exists(options.CorpusFile) ? new SpeedBenchmark(extractor).Run(options.CorpusFile) : null;

        var (direct, all, articles, unaligned) = new PolnearEvaluation(extractor).Run(polnear, options.ErrorFolder);
        output.WriteLine($"PolNeAR: {articles} articles scored, {unaligned} skipped (text could not be aligned after normalisation)");
        output.WriteLine(direct.Describe("direct quotes"));
        output.WriteLine(all.Describe("all attributions"));

        var m = new MeantimeEvaluation(extractor).Run(meantime, options.ErrorFolder);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MEANTIME: {m.SpeechEvents} speech events, {m.Found} found by cue ({Score.Ratio(m.Found, m.SpeechEvents):0.000}); " +
            $"statement date right {m.DatedRight}/{m.Dated} ({Score.Ratio(m.DatedRight, m.Dated):0.000}, article date alone {Score.Ratio(m.ArticleDateRight, m.Dated):0.000}); " +
            $"speaker right {m.NamedRight}/{m.Named} ({Score.Ratio(m.NamedRight, m.Named):0.000}); {m.Unaligned} articles skipped"));

        if (!options.Speed)
        {
            return 0;
        }
        if (speed is null)
        {
            output.WriteLine($"Corpus {options.CorpusFile} not found: speed not measured.");
        }
        else
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Speed: {speed.Articles} articles, {speed.Quotes} statements in {speed.Elapsed.TotalSeconds:0.0} s = {speed.Articles / speed.Elapsed.TotalSeconds:0.0} articles/s; processor time {speed.Processor.TotalSeconds:0.0} s = {speed.Articles / speed.Processor.TotalSeconds:0.0} articles/s (first call with recognizer warm-up {speed.WarmUp.TotalMilliseconds:0} ms)"));
        }
        return 0;
    }
}
