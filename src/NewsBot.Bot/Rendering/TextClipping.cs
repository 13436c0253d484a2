namespace NewsBot.Bot.Rendering;

internal static class TextClipping
{
    /// <summary>At most <paramref name="maxLength"/> characters, cut at a word boundary and marked with an ellipsis.</summary>
    public static string Clip(string text, int maxLength)
    {
        var folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (folded.Length <= maxLength)
        {
            return folded;
        }
        var cut = folded[..(maxLength - 1)];
        var lastSpace = cut.LastIndexOf(' ');
        if (lastSpace > maxLength / 2)
        {
            cut = cut[..lastSpace];
        }
        return cut.TrimEnd(' ', ',', ';', ':') + "…";
    }
}
