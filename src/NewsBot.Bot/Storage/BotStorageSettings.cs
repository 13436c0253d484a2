using System.ComponentModel.DataAnnotations;
using StackExchange.Redis;

namespace NewsBot.Bot.Storage;

/// <summary>
/// Where conversation state, sent answers and feedback live. Section "BotStorage". Without a Redis connection
/// string everything is kept in memory and is lost on restart; with one, several service instances share it.
/// </summary>
public sealed class BotStorageSettings : IValidatableObject
{
    public const string SectionName = "BotStorage";

    /// <summary>A StackExchange.Redis connection string, e.g. "localhost:6379". Empty means in-memory storage.</summary>
    public string? Redis { get; set; }

    /// <summary>Put in front of every key, so NewsBot can share a Redis database with other programs.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression(@"^\S+$", ErrorMessage = "BotStorage:KeyPrefix must not contain spaces.")]
    public string KeyPrefix { get; set; } = "newsbot:";

    public bool UsesRedis => !string.IsNullOrWhiteSpace(Redis);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!UsesRedis)
        {
            yield break;
        }
        string? problem = null;
        try
        {
            var options = ConfigurationOptions.Parse(Redis!);
            if (options.EndPoints.Count == 0)
            {
                problem = "it names no server";
            }
        }
        catch (ArgumentException error)
        {
            problem = error.Message;
        }
        if (problem is not null)
        {
            yield return new ValidationResult(
                $"BotStorage:Redis is not a usable Redis connection string ({problem}). Give host:port, e.g. \"localhost:6379\", or leave it empty for in-memory storage.",
                [nameof(Redis)]);
        }
    }
}
