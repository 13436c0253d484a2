using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace NewsBot.Answering.Model;

/// <summary>The Semantic Kernel chat service for the configured provider, from validated options.</summary>
internal static class ChatServiceFactory
{
    // The custom-endpoint constructor is marked experimental (SKEXP0010), but it is how Semantic Kernel reaches
    // OpenAI-compatible servers; the pin on Semantic Kernel's version keeps it from changing under us.
#pragma warning disable SKEXP0010
    public static IChatCompletionService Create(AnswerModelOptions options, HttpClient httpClient) => options.Provider switch
    {
        AnswerModelProvider.OpenAI => new OpenAIChatCompletionService(options.Model!, options.ApiKey!, httpClient: httpClient),
        AnswerModelProvider.AzureOpenAI => new AzureOpenAIChatCompletionService(options.Model!, options.Endpoint!, options.ApiKey!, httpClient: httpClient),
        // A local server usually needs no key; the OpenAI client still sends one, so a placeholder is given.
        AnswerModelProvider.OpenAICompatible => new OpenAIChatCompletionService(
            options.Model!, new Uri(options.Endpoint!), string.IsNullOrEmpty(options.ApiKey) ? "no-key" : options.ApiKey, httpClient: httpClient),
        _ => throw new InvalidOperationException($"No chat model is configured ({AnswerModelOptions.SectionName}:Provider is None)."),
    };
#pragma warning restore SKEXP0010
}
