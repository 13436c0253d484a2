using NewsBot.CommandLine;

return await NewsBotCommandLine.InvokeAsync(args, CliConsole.FromProcess());

/// <summary>Named so integration tests can host the service with WebApplicationFactory&lt;Program&gt;.</summary>
public partial class Program;
