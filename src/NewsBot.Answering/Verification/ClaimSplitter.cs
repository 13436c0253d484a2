using NewsBot.Answering.Text;
using NewsBot.Articles;

namespace NewsBot.Answering.Verification;

/// <summary>
/// Splits an answer into claims, the units that are cited and checked one by one. A claim ends after its
/// citation markers ("... actions," he added. [1]) or at a sentence end; sentences inside one quotation stay
/// together, so a quotation is never checked in halves.
/// </summary>
internal static class ClaimSplitter
{
    public static IReadOnlyList<string> Split(string answer)
    {
        var claims = new List<string>();
        foreach (var line in answer.Split('\n'))
        {
            var position = 0;
            foreach (var group in CitationMarkers.MarkerGroup().Matches(line).Cast<System.Text.RegularExpressions.Match>())
            {
                var end = group.Index + group.Length;
                AddSentences(line[position..end], claims);
                position = end;
            }
            AddSentences(line[position..], claims);
        }
        return claims;
    }

    private static void AddSentences(string piece, List<string> claims)
    {
        var pending = "";
        foreach (var span in SentenceSplitter.Split(piece))
        {
            pending = pending.Length == 0 ? piece[span.Start..span.End] : pending + " " + piece[span.Start..span.End];
            if (QuoteMarks(pending) % 2 == 0)
            {
                Add(pending, claims);
                pending = "";
            }
        }
        Add(pending, claims);
    }

    private static void Add(string claim, List<string> claims)
    {
        var trimmed = claim.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }
        // Markers alone ("[1]" after a quotation that ended the sentence) belong to the claim before them.
        if (CitationMarkers.Remove(trimmed).Trim('.', ' ').Length == 0 && claims.Count > 0)
        {
            claims[^1] += " " + trimmed;
            return;
        }
        claims.Add(trimmed);
    }

    private static int QuoteMarks(string text) => text.Count(c => FoldedText.Fold(c) == '"');
}
