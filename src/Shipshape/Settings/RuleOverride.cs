using Shipshape.Model;

namespace Shipshape.Settings;

/// <summary>A rule's entry under <c>rules:</c>: switched off, or on at another severity.</summary>
public sealed record RuleOverride(bool Enabled, Severity? Severity);
