using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Shipshape.Secrets;

/// <summary>
/// Decides whether a setting's name says it holds a secret: <c>PASSWORD</c>, <c>DB_PASSWD</c>,
/// <c>SECRET_KEY</c>, <c>apiKey</c>, <c>UNLOCK_KEY</c>, <c>GITHUB_TOKEN</c>… but not names about
/// a secret (<c>PASSWORD_MIN_LENGTH</c>, <c>TOKEN_EXPIRY</c>, <c>SECRET_KEY_FILE</c>).
/// </summary>
public static partial class SecretNames
{
    // Words that on their own make a name secret.
    private static readonly FrozenSet<string> SecretWords =
        FrozenSet.ToFrozenSet(["password", "passwd", "pwd", "pass", "passphrase", "secret", "token", "apikey", "credential", "credentials", "privatekey", "secretkey"]);

    // "<word> key" pairs that name a secret (KEY alone does not: PRIMARY_KEY, SORT_KEY).
    private static readonly FrozenSet<string> KeyQualifiers =
        FrozenSet.ToFrozenSet(["api", "unlock", "secret", "private", "access", "auth", "master", "signing", "encryption", "client", "license", "admin", "app"]);

    // A last word that makes the name describe a secret rather than hold one.
    private static readonly FrozenSet<string> DescriptiveSuffixes =
        FrozenSet.ToFrozenSet(["file", "path", "dir", "url", "uri", "endpoint", "length", "len", "min", "max", "expiry", "expires", "expiration",
            "timeout", "ttl", "lifetime", "age", "type", "name", "field", "header", "prefix", "algorithm", "hash", "hashed", "policy", "rounds", "required",
            "enabled", "reset", "id", "location", "env", "var", "count"]);

    [GeneratedRegex(@"(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+")]
    private static partial Regex WordBoundary();

    public static bool IsSecretName(string name)
    {
        var words = WordBoundary().Split(name).Where(w => w.Length > 0).Select(w => w.ToLowerInvariant()).ToArray();
        if (words.Length == 0 || DescriptiveSuffixes.Contains(words[^1]))
            return false;
        for (var i = 0; i < words.Length; i++)
        {
            if (SecretWords.Contains(words[i]))
                return true;
            if (words[i] == "key" && i > 0 && KeyQualifiers.Contains(words[i - 1]))
                return true;
        }
        return false;
    }
}
