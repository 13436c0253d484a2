using System.Text.RegularExpressions;

namespace NewsBot.Quotes;

/// <summary>
/// A regular expression that starts interpreted and switches to a compiled copy, built on a background thread, once
/// it has been used enough for compiling to pay. Compiling the cue patterns (emitting and JIT-compiling their matching
/// code) costs about 0.45 s of processor time, and it used to happen on the extracting thread before the first
/// article's cues were found: `index` of a 20-article file took 1.05 s with it and 0.61 s interpreted. Interpreted
/// matching is slower, about 1.2 µs more per call (a pass over the corpus makes ~130,000 calls, 23 per article), so
/// a run pays for the compiling only after a few hundred thousand calls: small runs and the corpus itself stay
/// interpreted, bulk imports switch after their first ~5,000 articles.
/// </summary>
internal sealed class BackgroundCompiledRegex
{
    /// <summary>Uses before the compiled copy is built: about the corpus's 5,527 articles' worth.</summary>
    public const int UsesBeforeCompiling = 130_000;

    private readonly string pattern;
    private readonly RegexOptions options;
    private readonly string sample;
    private readonly Lazy<Task> compiling;
    private Regex current;
    private long uses;

    /// <param name="sample">A text the pattern matches, run once on the compiled copy so its code is JIT-compiled
    /// on the background thread, not on the first extracting thread to use it.</param>
    public BackgroundCompiledRegex(string pattern, RegexOptions options, string sample)
    {
        this.pattern = pattern;
        this.options = options;
        this.sample = sample;
        current = new Regex(pattern, options);
        compiling = new Lazy<Task>(() => Task.Run(BuildCompiled));
    }

    /// <summary>The regular expression to match with now: interpreted until the compiled copy is ready. Both match the same.</summary>
    public Regex Current
    {
        get
        {
            if (!compiling.IsValueCreated && Interlocked.Increment(ref uses) == UsesBeforeCompiling)
            {
                _ = Compile();
            }
            return Volatile.Read(ref current);
        }
    }

    /// <summary>Starts building the compiled copy now, if not yet started; done when <see cref="Current"/> is it.</summary>
    public Task Compile() => compiling.Value;

    private void BuildCompiled()
    {
        var compiled = new Regex(pattern, options | RegexOptions.Compiled);
        compiled.Match(sample);
        Volatile.Write(ref current, compiled);
    }
}
