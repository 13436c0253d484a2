namespace NewsBot.Answering.Model;

/// <summary>Which chat model writes answers; None keeps the extractive answer function.</summary>
public enum AnswerModelProvider
{
    None,
    OpenAI,
    AzureOpenAI,
    /// <summary>Any server speaking OpenAI's chat completions API (Ollama, vLLM, LM Studio) at <see cref="AnswerModelOptions.Endpoint"/>.</summary>
    OpenAICompatible,
}
