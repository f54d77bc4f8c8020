using Shipshape.Config.Env;
using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules;

namespace Shipshape.Facts.Python;

/// <summary>
/// Publishes each literal <c>KEY=value</c> of an env file as a <see cref="ConfigValueFact"/>
/// (<see cref="ConfigScopeKind.EnvFile"/>, scope = the file's path), so rules that read settings see
/// the values the Python code's environment reads will get. Interpolated values are left out.
/// </summary>
public sealed class EnvFileCollector : IFactCollector
{
    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Env };

    public void Collect(FileContext file)
    {
        foreach (var entry in EnvFileParser.Parse(file.Text).Entries.Where(e => !e.IsInterpolated))
        {
            var start = file.Lines.LineStart(entry.ValuePosition.Line) + entry.ValuePosition.Column - 1;
            var location = file.LocationOf(start, start + entry.RawValue.Length);
            var keyLocation = new Location(file.Path, entry.Position.Line, entry.Position.Column, entry.Position.Line, entry.Position.Column + entry.Key.Length);
            file.Facts.Add(FactKeys.ConfigValues, new ConfigValueFact(entry.Key, ConfigScopeKind.EnvFile, file.Path,
                new PythonValue.Literal(new ConstantValue.StrValue(entry.Value), location), keyLocation));
        }
    }
}
