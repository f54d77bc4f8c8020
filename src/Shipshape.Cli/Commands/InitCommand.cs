using System.CommandLine;
using Shipshape.Reports;
using Shipshape.Settings;

namespace Shipshape.Cli.Commands;

/// <summary><c>shipshape init [PATH] [--force]</c>: writes a commented .shipshape.yml.</summary>
public static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var path = ProjectFolder.Argument("Project folder");
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .shipshape.yml" };
        var command = new Command("init", "Write a commented .shipshape.yml") { path, force };
        command.SetAction(parse =>
        {
            var folder = ProjectFolder.Require(parse.GetValue(path)!);
            var file = Path.Combine(folder, SettingsLoader.FileName);
            if (File.Exists(file) && !parse.GetValue(force))
                throw new InputException($"{file} already exists (use --force to overwrite)");
            AtomicFile.Write(file, SettingsTemplate.Text);
            console.Out.WriteLine($"wrote {file}");
            return ExitCodes.Success;
        });
        return command;
    }
}
