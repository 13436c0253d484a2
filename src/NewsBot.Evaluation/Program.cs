using NewsBot.Evaluation;

// dotnet run --project src/NewsBot.Evaluation -- quotes [--eval DIR] [--corpus FILE]
var options = EvaluationOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return 2;
}
return EvaluationRunner.Run(options, Console.Out);
