namespace Shipshape.Model;

/// <summary>A scorecard row: every rule belongs to exactly one, named by its id prefix.</summary>
/// <param name="Id">Stable lower-case id used in reports ("csrf").</param>
/// <param name="Name">Human name ("CSRF protection").</param>
/// <param name="RulePrefix">Prefix of the rule ids in this category ("CSRF").</param>
public sealed record Category(string Id, string Name, string RulePrefix);
