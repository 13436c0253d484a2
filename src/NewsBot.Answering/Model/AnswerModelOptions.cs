using System.ComponentModel.DataAnnotations;

namespace NewsBot.Answering.Model;

/// <summary>
/// Settings of the section <c>AnswerModel</c>. Keep <see cref="ApiKey"/> out of files in the repository: set it
/// with <c>AnswerModel__ApiKey</c> in the environment or with <c>dotnet user-secrets</c>.
/// </summary>
public sealed class AnswerModelOptions
{
    public const string SectionName = "AnswerModel";

    public AnswerModelProvider Provider { get; set; } = AnswerModelProvider.None;

    /// <summary>The server's base address: required for AzureOpenAI and OpenAICompatible (e.g. http://localhost:11434/v1).</summary>
    [Url]
    public string? Endpoint { get; set; }

    /// <summary>The model id (for Azure OpenAI, the deployment name).</summary>
    public string? Model { get; set; }

    public string? ApiKey { get; set; }

    /// <summary>The folder holding the prompt templates (Semantic Kernel's prompt-directory format).</summary>
    [Required]
    public string PromptsDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "prompts");

    /// <summary>How many archive passages the model is given to answer from.</summary>
    [Range(1, 20)]
    public int MaximumSources { get; set; } = 6;

    /// <summary>A model slower than this is abandoned and the extractive answer is given instead.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 60;
}
