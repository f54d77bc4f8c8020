using System.CommandLine;
using Shipshape.Reports.Docs;
using Shipshape.Rules;

namespace Shipshape.Cli.Commands;

/// <summary><c>shipshape explain ID</c>: a rule's documentation, the same text as its docs page.</summary>
public static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var id = new Argument<string>("id") { Description = "Rule id, e.g. DBG001" };
        var command = new Command("explain", "Show a rule's documentation") { id };
        command.SetAction(parse =>
        {
            var requested = parse.GetValue(id)!;
            var rule = RuleRegistry.Default.Find(requested)
                ?? throw new InputException($"unknown rule id '{requested}' (see `shipshape rules`)");
            console.Out.Write(RuleDocsWriter.Write(rule.Metadata));
            return ExitCodes.Success;
        });
        return command;
    }
}
