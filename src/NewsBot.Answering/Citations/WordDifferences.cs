using DiffPlex;
using DiffPlex.Chunkers;

namespace NewsBot.Answering.Citations;

/// <summary>Word-by-word differences between the archive's words and the given words, by DiffPlex's Myers diff.</summary>
internal static class WordDifferences
{
    private static readonly DelimiterChunker SpaceChunker = new([' ']);

    public static IReadOnlyList<TextDifference> Between(string archive, string given)
    {
        var diff = Differ.Instance.CreateDiffs(archive, given, ignoreWhiteSpace: true, ignoreCase: false, SpaceChunker);
        return diff.DiffBlocks
            .Select(block => new TextDifference(
                string.Concat(diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA)).Trim(),
                string.Concat(diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB)).Trim()))
            .ToList();
    }
}
