using System.CommandLine;

namespace NewsBot.CommandLine;

/// <summary>`delete ID...`: remove articles (all their passages) from the index.</summary>
public static class DeleteCommand
{
    public static Command Create(CliConsole console)
    {
        var ids = new Argument<string[]>("ID") { Description = "Article ids, as `search` prints them", Arity = ArgumentArity.OneOrMore };
        var index = CommonOptions.Index();
        var json = CommonOptions.Json();
        var command = new Command("delete", "Remove articles from the index") { ids, index, json };
        command.SetAction(parse => IndexAccess.With(console, CliSettings.Load(parse.GetValue(index)), newsIndex =>
        {
            var deleted = new List<string>();
            var notFound = new List<string>();
            foreach (var id in parse.GetValue(ids)!.Distinct(StringComparer.Ordinal))
            {
                (newsIndex.Delete(id) ? deleted : notFound).Add(id);
            }
            newsIndex.Commit();
            if (parse.GetValue(json))
            {
                console.WriteJson(new { deleted, notFound });
            }
            else
            {
                deleted.ForEach(id => console.Output.WriteLine($"deleted: {id}"));
                notFound.ForEach(id => console.Error.WriteLine($"not found: {id} (no article with this id is in the index)"));
            }
            return notFound.Count > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        }));
        return command;
    }
}
