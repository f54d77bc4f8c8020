using System.CommandLine;
using Shipshape.Cli.Commands;

namespace Shipshape.Cli;

/// <summary>
/// The command line: parses, runs one command, and turns every error into one line on stderr and
/// exit code 2 — a parse error, bad input, or an unexpected exception (never a stack trace).
/// </summary>
public static class ShipshapeApp
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Shipshape: is this Python web app ready for production? Evidence for every answer.")
        {
            ScanCommand.Create(console),
            ProbeCommand.Create(console),
            AuditCommand.Create(console),
            RulesCommand.Create(console),
            ExplainCommand.Create(console),
            InitCommand.Create(console),
            DiffCommand.Create(console),
            VerifyCommand.Create(console),
        };

        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                console.Error.WriteLine($"error: {parse.Errors[0].Message} (see `shipshape --help`)");
                return ExitCodes.UsageError;
            }
            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (InputException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            console.Error.WriteLine($"error: internal failure: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            return ExitCodes.UsageError;
        }
    }
}
