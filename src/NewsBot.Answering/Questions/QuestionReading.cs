namespace NewsBot.Answering.Questions;

/// <summary>
/// A question as read on its own, plus what marks it as a follow-up: a pronoun where the speaker should be
/// ("what else did he add?") or only a new name ("and Khomchak?").
/// </summary>
internal sealed record QuestionReading(ParsedQuestion Question, bool PronounSubject, string? AndAbout)
{
    public bool NeedsPreviousTurn => PronounSubject || AndAbout is not null;
}
