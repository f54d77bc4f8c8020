using System.Security.Cryptography;
using System.Text;

namespace Shipshape.Model;

/// <summary>
/// Identifies a finding across edits: rule id + path + the snippet with whitespace collapsed, hashed.
/// Line numbers are left out on purpose so a baseline survives code moving within the file; two
/// identical snippets share a fingerprint and the baseline tells them apart by count.
/// </summary>
public static class FindingFingerprint
{
    public static string Compute(string ruleId, string? path, string snippet)
    {
        var text = $"{ruleId}\n{path ?? ""}\n{Normalize(snippet)}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Collapses runs of whitespace and trims, so re-indentation keeps the fingerprint.</summary>
    public static string Normalize(string snippet)
    {
        var builder = new StringBuilder(snippet.Length);
        var pendingSpace = false;
        foreach (var c in snippet)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
