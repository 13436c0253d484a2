using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace NewsBot.Answering.Model;

/// <summary>
/// The one place prompts come from: the plugin folder under <see cref="AnswerModelOptions.PromptsDirectory"/>,
/// loaded once with Semantic Kernel's prompt-directory loader. Templates are files, never strings built in code.
/// </summary>
public sealed class AnswerPrompts(IOptions<AnswerModelOptions> options)
{
    public const string PluginName = "AnsweringPrompts";
    public const string CitedAnswerFunction = "CitedAnswer";

    /// <summary>What the cited-answer prompt tells the model to reply when its sources do not answer the question.</summary>
    public const string NotFoundSentinel = "NOT_FOUND";

    private readonly Lazy<KernelPlugin> plugin = new(() => KernelPluginLoader(options.Value.PromptsDirectory));

    public KernelFunction CitedAnswer => plugin.Value[CitedAnswerFunction];

    public static string TemplatePath(string promptsDirectory) =>
        Path.Combine(promptsDirectory, PluginName, CitedAnswerFunction, "skprompt.txt");

    private static KernelPlugin KernelPluginLoader(string promptsDirectory) =>
        new Kernel().CreatePluginFromPromptDirectory(Path.Combine(promptsDirectory, PluginName), PluginName);
}
