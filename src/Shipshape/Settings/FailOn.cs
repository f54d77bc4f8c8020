using Shipshape.Model;

namespace Shipshape.Settings;

/// <summary>The exit-code gate: findings at or above <see cref="Threshold"/> fail the run; none when null.</summary>
public sealed record FailOn(Severity? Threshold)
{
    public static FailOn Default { get; } = new(Severity.High);

    public static bool TryParse(string? text, out FailOn failOn)
    {
        if (string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
        {
            failOn = new((Severity?)null);
            return true;
        }
        var ok = SeverityExtensions.TryParse(text, out var severity) && severity != Severity.Info;
        failOn = ok ? new(severity) : Default;
        return ok;
    }

    public bool Fails(Finding finding) => finding.IsCounted && Threshold is { } t && finding.Severity >= t;

    public string Id => Threshold?.Id() ?? "none";
}
