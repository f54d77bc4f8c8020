using System.CommandLine;

namespace Shipshape.Cli.Commands;

/// <summary>The optional PATH argument of the commands that work on a project folder (default: the current one).</summary>
internal static class ProjectFolder
{
    public static Argument<string> Argument(string description) =>
        new("path") { Description = description, DefaultValueFactory = _ => "." };

    /// <summary>The folder, or an input error naming it as the user typed it.</summary>
    public static string Require(string path) =>
        Directory.Exists(path) ? path
        : path.StartsWith('-') ? throw new InputException($"unknown option {path} (see `shipshape --help`)")
        : throw new InputException($"no such directory: {path}");
}
