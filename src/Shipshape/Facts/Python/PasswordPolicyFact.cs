using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>A minimum password length as configured: WTForms <c>Length(min=...)</c> on a password field, pydantic <c>min_length</c>, Django's <c>MinimumLengthValidator</c>.</summary>
public sealed record PasswordPolicyFact(int MinLength, string Source, Location Location)
{
    public override string ToString() => $"password minimum length {MinLength} ({Source}) at {Location}";
}
