using Shipshape.Model;
using Shipshape.Secrets;

namespace Shipshape.Facts;

/// <summary>
/// An environment variable the project's configuration sets: an env file entry, a compose
/// service's <c>environment</c>, or a Dockerfile <c>ENV</c> of the final stage. <see cref="Origin"/>
/// is "env", "compose" or "dockerfile". Printing masks values that look secret.
/// </summary>
public sealed record EnvironmentSettingFact(string Name, string Value, string Origin, Location Location)
{
    public override string ToString()
    {
        var shown = SecretScanner.AssessSetting(Name, Value) is null ? Value : SecretMask.Mask(Value);
        return $"{Name}={shown} ({Origin}) {Location}";
    }
}
