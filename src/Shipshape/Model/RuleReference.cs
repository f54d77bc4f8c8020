namespace Shipshape.Model;

/// <summary>A standard a rule answers to (CWE, OWASP ASVS) or a documentation page.</summary>
/// <param name="Title">Display text, e.g. "CWE-489: Active Debug Code".</param>
/// <param name="Url">Where to read it.</param>
public sealed record RuleReference(string Title, string Url)
{
    public static RuleReference Cwe(int number, string name) =>
        new($"CWE-{number}: {name}", $"https://cwe.mitre.org/data/definitions/{number}.html");

    /// <summary>An OWASP ASVS 4.0.3 requirement, e.g. <c>Asvs("14.3.2", "...")</c>.</summary>
    public static RuleReference Asvs(string requirement, string text) =>
        new($"OWASP ASVS {requirement}: {text}", "https://github.com/OWASP/ASVS/blob/v4.0.3/4.0/en/0x00-Header.md");
}
