using System.Globalization;

namespace NewsBot.Bot.Conversation;

/// <summary>Everything the bot says on its own (not answers): in one place so it reads as one voice.</summary>
public static class BotTexts
{
    public const string Welcome =
        "Hello! I'm NewsBot. Ask me about the news in the archive, e.g. \"What did Peskov say about the talks?\", " +
        "and I'll answer with numbered citations of the articles I used. Type **help** to see what else I can do.";

    public const string Help =
        "**What I can do**\n\n" +
        "- Ask a question about the news; every answer cites the articles it comes from, numbered like [1].\n" +
        "- Ask a follow-up question: I remember this conversation (and only this one).\n" +
        "- Type **as of 2007-05-01** to have me answer as of that date from now on; **as of today** undoes it.\n" +
        "- In Teams, search quotes from the message box with the NewsBot message extension.\n\n" +
        "Questions can be up to 1,000 characters long. I read text only, not attachments.";

    public const string EmptyMessage =
        "Your message was empty. Type a question about the news, or **help** to see what I can do.";

    public const string AttachmentsOnly =
        "I can only read text, and your message had only attachments. Type your question as text.";

    public const string SomethingWentWrong =
        "Sorry, something went wrong on my side and I could not finish answering. Please ask again; " +
        "I have started this conversation afresh, so repeat any date you set with \"as of\".";

    public static string TooLong(int length) => string.Create(CultureInfo.InvariantCulture,
        $"Your message is {length:N0} characters long; I can take at most {MessageLimits.MaxQuestionCharacters:N0}. Please shorten it to the question itself.");

    public static string BadAsOf(string argument) =>
        $"\"{argument}\" is not a date I can use. Write it as YYYY-MM-DD, e.g. **as of 2007-05-01**, or **as of today** to answer as of now.";

    public static string AsOfSet(DateOnly date) => string.Create(CultureInfo.InvariantCulture,
        $"From now on I answer as of {date:yyyy-MM-dd} in this conversation. Type **as of today** to undo it.");

    public const string AsOfCleared = "From now on I answer as of today in this conversation.";
}
