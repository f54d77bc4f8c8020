using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>Which figure of an account lockout a <see cref="LockoutFigureFact"/> holds.</summary>
public enum LockoutFigureKind
{
    /// <summary>The failed-attempt count that locks: <c>if user.failed_login_attempts >= 5</c>.</summary>
    Threshold,

    /// <summary>How long the lock lasts: <c>user.locked_until = now + timedelta(minutes=15)</c>.</summary>
    Duration,
}

/// <summary>
/// A figure of an account lockout as the code writes it. For a threshold, <see cref="NamedValue.Name"/>
/// is the comparison that locks (">=", ">" or "==") and the value the count; for a duration, it is the
/// <c>timedelta</c> unit ("minutes"), or "timedelta" when the value is itself a duration.
/// </summary>
public sealed record LockoutFigureFact(LockoutFigureKind Kind, NamedValue Figure, Location Location)
{
    public override string ToString() => $"lockout {Kind.ToString().ToLowerInvariant()}: {Figure} at {Location}";
}
