using Shipshape.Rules;

namespace Shipshape.Config.Env;

/// <summary>An env file as rules see it, parsed once per file; parse problems become diagnostics.</summary>
public sealed record EnvSource(EnvFile Env) : IParsedFile<EnvSource>
{
    public static EnvSource Parse(FileContext file)
    {
        var env = EnvFileParser.Parse(file.Text);
        return file.WithDiagnostics(new EnvSource(env), env.Diagnostics);
    }
}
