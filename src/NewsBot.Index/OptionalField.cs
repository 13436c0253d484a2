using Lucene.Net.Documents;

namespace NewsBot.Index;

/// <summary>
/// A field of a reused document that is attached only while it has a value, so a missing value is absent from
/// the document rather than stored or indexed as an empty one.
/// </summary>
internal sealed class OptionalField(Document document, Field field)
{
    private bool attached;

    public void Set(string? value)
    {
        if (value is not null)
        {
            field.SetStringValue(value);
        }
        Attach(value is not null);
    }

    public void Set(int? value)
    {
        if (value is { } number)
        {
            field.SetInt32Value(number);
        }
        Attach(value is not null);
    }

    private void Attach(bool wanted)
    {
        if (wanted && !attached)
        {
            document.Add(field);
        }
        else if (!wanted && attached)
        {
            document.RemoveFields(field.Name);
        }
        attached = wanted;
    }
}
