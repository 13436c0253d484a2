using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Answering.Model;

namespace NewsBot.Answering.Tests;

public sealed class AnswerModelOptionsTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Fact]
    public void Without_settings_no_model_is_used()
    {
        var options = archive.Services().GetRequiredService<IOptions<AnswerModelOptions>>().Value;

        Assert.Equal(AnswerModelProvider.None, options.Provider);
    }

    [Fact]
    public void An_OpenAI_compatible_provider_without_endpoint_and_model_is_refused_with_what_to_set()
    {
        var services = archive.Services(new Dictionary<string, string?> { ["AnswerModel:Provider"] = "OpenAICompatible" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AnswerModelOptions>>().Value);

        Assert.Contains("AnswerModel:Model is required for the OpenAICompatible provider (the model id, or the Azure deployment name).", error.Failures);
        Assert.Contains("AnswerModel:Endpoint is required for the OpenAICompatible provider: the server's absolute address, such as http://localhost:11434/v1.", error.Failures);
    }

    [Fact]
    public void OpenAI_needs_an_api_key_from_the_environment_or_user_secrets()
    {
        var services = archive.Services(new Dictionary<string, string?>
        {
            ["AnswerModel:Provider"] = "OpenAI",
            ["AnswerModel:Model"] = "gpt-4o-mini",
            ["AnswerModel:PromptsDirectory"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AnswerModelOptions>>().Value);

        Assert.Equal(
            "AnswerModel:ApiKey is required for the OpenAI provider; set it with the environment variable AnswerModel__ApiKey or dotnet user-secrets.",
            Assert.Single(error.Failures));
    }
}
