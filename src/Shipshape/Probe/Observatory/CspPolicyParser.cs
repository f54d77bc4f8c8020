namespace Shipshape.Probe.Observatory;

/// <summary>
/// Parses one or more Content-Security-Policy strings into directive → source set, the way the
/// Observatory does: directives and sources lower-cased; an empty "-src" directive means 'none';
/// a repeated directive makes the policy invalid (except report-uri/report-to, noted as a warning);
/// with several policies a source survives only if every policy that names the directive allows it.
/// </summary>
public static class CspPolicyParser
{
    /// <summary>Key under which repeated report-uri/report-to directives are noted.</summary>
    public const string DuplicateWarningsKey = "_duplicate_directive_warnings";

    private const int ShortestPolicyLength = 6; // "img-src" minus one: anything shorter cannot be a policy
    private static readonly string[] DirectivesIgnoredInMeta = ["frame-ancestors", "report-uri", "sandbox"];
    private static readonly HashSet<string> AllowedDuplicates = ["report-uri", "report-to"];

    /// <summary>Thrown when a policy cannot be parsed.</summary>
    public sealed class InvalidPolicyException(string message) : Exception(message);

    private sealed class Source(string value, int policyIndex, bool keep)
    {
        public string Value { get; } = value;
        public int PolicyIndex { get; } = policyIndex;
        public bool Keep { get; set; } = keep;
    }

    /// <summary>Parses policies delivered in meta tags, where some directives have no effect.</summary>
    public static Dictionary<string, HashSet<string>> ParseMeta(IReadOnlyList<string> policies)
    {
        var parsed = Parse(policies);
        foreach (var directive in DirectivesIgnoredInMeta) parsed.Remove(directive);
        return parsed;
    }

    /// <exception cref="InvalidPolicyException">a policy is too short or repeats a directive.</exception>
    public static Dictionary<string, HashSet<string>> Parse(IReadOnlyList<string> policies)
    {
        var cleaned = policies.Select(p => p.Replace("\r", "").Replace("\n", "").Trim()).ToArray();
        var result = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (cleaned.Length == 0) return result;
        foreach (var policy in cleaned)
            if (policy.Length < ShortestPolicyLength) throw new InvalidPolicyException($"Invalid policy: {policy}");

        // Insertion order matters to no caller, but a stable order keeps evidence deterministic.
        var directives = new Dictionary<string, List<Source>>(StringComparer.Ordinal);
        var order = new List<string>();
        var duplicateWarnings = new HashSet<string>(StringComparer.Ordinal);

        for (var policyIndex = 0; policyIndex < cleaned.Length; policyIndex++)
        {
            var seenInThisPolicy = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in cleaned[policyIndex].Split(';'))
            {
                var tokens = entry.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
                if (tokens.Length == 0) continue;
                var directive = tokens[0].ToLowerInvariant();
                if (!seenInThisPolicy.Add(directive))
                {
                    if (!AllowedDuplicates.Contains(directive))
                        throw new InvalidPolicyException($"Duplicate directive {directive} in policy {policyIndex}");
                    duplicateWarnings.Add(directive);
                }

                var keep = policyIndex == 0;
                var values = tokens.Skip(1).Select(t => new Source(t.Trim().ToLowerInvariant(), policyIndex, keep)).ToList();
                if (values.Count == 0 && directive.EndsWith("-src", StringComparison.Ordinal))
                    values.Add(new Source("'none'", policyIndex, keep));

                var combined = policyIndex == 0 || !directives.TryGetValue(directive, out var earlier)
                    ? values
                    : [.. earlier, .. values];
                combined.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));

                for (var i = 1; i < combined.Count; i++)
                {
                    var source = combined[i];
                    var previous = combined[i - 1];
                    // Within one policy a longer source starting like a shorter one adds nothing.
                    if (source.PolicyIndex == previous.PolicyIndex && source.Value.StartsWith(previous.Value, StringComparison.Ordinal))
                        source.Keep = false;
                    // Across policies a source counts only when both allow it.
                    if (source.PolicyIndex != previous.PolicyIndex && PathPartMatch(previous.Value, source.Value))
                        source.Keep = true;
                }

                if (!directives.ContainsKey(directive)) order.Add(directive);
                var kept = combined.Where(s => s.Keep).ToList();
                directives[directive] = kept;

                // With several policies, later policies must re-confirm each source of the first.
                if (policyIndex == 0 && cleaned.Length > 1)
                    foreach (var source in kept) source.Keep = false;
            }
        }

        foreach (var directive in order)
        {
            var sources = directives[directive];
            result[directive] = sources.Count > 0
                ? new HashSet<string>(sources.Select(s => s.Value), StringComparer.Ordinal)
                : new HashSet<string>(["'none'"], StringComparer.Ordinal);
        }
        if (duplicateWarnings.Count > 0) result[DuplicateWarningsKey] = duplicateWarnings;
        return result;
    }

    private static bool PathPartMatch(string a, string b)
    {
        if (a.Length == 0) return true;
        if (a == "/" && b.Length == 0) return true;
        var exact = !a.EndsWith('/');
        var partsA = a.Split('/').ToList();
        var partsB = b.Split('/');
        if (partsA.Count > partsB.Length) return false;
        if (exact && partsA.Count != partsB.Length) return false;
        if (!exact) partsA.RemoveAt(partsA.Count - 1);
        for (var i = 0; i < partsA.Count; i++)
            if (Unescape(partsA[i]) != Unescape(partsB[i])) return false;
        return true;
    }

    private static string Unescape(string part)
    {
        try { return Uri.UnescapeDataString(part); }
        catch (UriFormatException) { throw new InvalidPolicyException($"Malformed escape in source {part}"); }
    }
}
