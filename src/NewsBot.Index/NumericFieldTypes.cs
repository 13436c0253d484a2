using Lucene.Net.Documents;

namespace NewsBot.Index;

/// <summary>
/// How the numeric fields are indexed. Lucene's default precision step (4) indexes eight terms per Int32 so that
/// any range query is fast; that is more terms than a short passage has words, and most of them are never used.
/// Range queries must use the same step as the field, so both sides take it from here. An index written with the
/// default step still answers these queries: its terms include every shift these coarser steps ask for.
/// </summary>
internal static class NumericFieldTypes
{
    /// <summary>Paragraph numbers are only matched exactly (paragraph 1 counts articles): the full value is enough.</summary>
    public const int ParagraphPrecisionStep = int.MaxValue;

    /// <summary>Dates (yyyymmdd) are filtered by ranges of days to decades: four terms per date keep those cheap.</summary>
    public const int DatePrecisionStep = 8;

    public static readonly FieldType StoredParagraph = Frozen(new FieldType(Int32Field.TYPE_STORED) { NumericPrecisionStep = ParagraphPrecisionStep });

    public static readonly FieldType IndexedDate = Frozen(new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = DatePrecisionStep });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
