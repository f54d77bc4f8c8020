using Shipshape.Model;

namespace Shipshape.Rules;

/// <summary>What a project rule decided. A fail must come with at least one reported finding.</summary>
public sealed record CheckOutcome(CheckStatus Status, string? Reason)
{
    public static CheckOutcome Pass(string? reason = null) => new(CheckStatus.Pass, reason);
    public static CheckOutcome Fail(string? reason = null) => new(CheckStatus.Fail, reason);
    public static CheckOutcome NotApplicable(string reason) => new(CheckStatus.NotApplicable, reason);
    public static CheckOutcome Manual(string reason) => new(CheckStatus.Manual, reason);
}
