using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// A character a password must contain, as code checks it: a pattern with <c>[A-Z]</c>, <c>[a-z]</c>,
/// <c>\d</c> or a symbol class given to WTForms <c>Regexp</c> or <c>re.search</c>/<c>re.match</c>, or
/// <c>str.isupper()</c>/<c>islower()</c>/<c>isdigit()</c>, where the call or its function is about passwords.
/// </summary>
/// <param name="Requirement">"uppercase", "lowercase", "digit" or "symbol".</param>
/// <param name="Source">The pattern or call that requires it.</param>
public sealed record PasswordRuleFact(string Requirement, string Source, Location Location)
{
    public override string ToString() => $"password requires {Requirement} ({Source}) at {Location}";
}
