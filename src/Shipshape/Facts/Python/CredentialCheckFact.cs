using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>A function that checks a submitted password (calls <c>check_password_hash</c>, <c>verify_password</c>, <c>bcrypt.checkpw</c>, ...): where lockout belongs.</summary>
public sealed record CredentialCheckFact(string Function, string Check, Location Location)
{
    public override string ToString() => $"credential check in {Function}() via {Check} at {Location}";
}
