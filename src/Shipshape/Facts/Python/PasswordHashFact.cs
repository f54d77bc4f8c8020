using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// How passwords are hashed: <paramref name="Scheme"/> names the function (e.g. "werkzeug generate_password_hash",
/// "bcrypt", "hashlib.sha256"); <paramref name="Weak"/> when it is a fast unsalted digest or plain text.
/// </summary>
public sealed record PasswordHashFact(string Scheme, bool Weak, Location Location)
{
    public override string ToString() => $"password hash {Scheme}{(Weak ? " (weak)" : "")} at {Location}";
}
