using Microsoft.Extensions.Options;

namespace NewsBot.Answering.Model;

/// <summary>What each provider needs, checked at start so a missing setting stops the app with a clear message.</summary>
public sealed class AnswerModelOptionsValidator : IValidateOptions<AnswerModelOptions>
{
    public ValidateOptionsResult Validate(string? name, AnswerModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider == AnswerModelProvider.None)
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
        var section = AnswerModelOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add($"{section}:Model is required for the {options.Provider} provider (the model id, or the Azure deployment name).");
        }
        if (options.Provider is AnswerModelProvider.AzureOpenAI or AnswerModelProvider.OpenAICompatible &&
            !Uri.TryCreate(options.Endpoint, UriKind.Absolute, out _))
        {
            failures.Add($"{section}:Endpoint is required for the {options.Provider} provider: the server's absolute address, such as http://localhost:11434/v1.");
        }
        if (options.Provider is AnswerModelProvider.OpenAI or AnswerModelProvider.AzureOpenAI && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"{section}:ApiKey is required for the {options.Provider} provider; set it with the environment variable {section}__ApiKey or dotnet user-secrets.");
        }
        if (!File.Exists(AnswerPrompts.TemplatePath(options.PromptsDirectory)))
        {
            failures.Add($"{section}:PromptsDirectory ({Path.GetFullPath(options.PromptsDirectory)}) does not hold {AnswerPrompts.PluginName}/{AnswerPrompts.CitedAnswerFunction}/skprompt.txt.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
