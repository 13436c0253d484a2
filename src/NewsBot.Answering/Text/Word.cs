namespace NewsBot.Answering.Text;

/// <summary>One word of a folded text: its lower-case form and its range in the folded text.</summary>
internal readonly record struct Word(string Lower, int Start, int End);
