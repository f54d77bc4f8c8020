using System.Text;
using System.Text.Json;
using Shipshape.Model;
using Shipshape.Reports.Docs;

namespace Shipshape.Reports.Sarif;

/// <summary>
/// One <c>reportingDescriptor</c>: the rule as GitHub code scanning shows it. The help is the rule's
/// own docs page, so SARIF, <c>shipshape explain</c> and docs/rules/ID.md say the same thing.
/// </summary>
internal static class SarifRuleWriter
{
    public static void Write(Utf8JsonWriter json, RuleMetadata rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        WriteText(json, "shortDescription", FirstSentence(rule.Summary));
        WriteText(json, "fullDescription", $"{rule.Summary} {rule.Why}");
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", SarifSeverity.Level(rule.Severity));
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", HelpText(rule));
        json.WriteString("markdown", RuleDocsWriter.Write(rule));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("security-severity", SarifSeverity.SecuritySeverity(rule.Severity));
        json.WriteString("precision", SarifSeverity.Precision(rule.Confidence));
        json.WriteString("problem.severity", SarifSeverity.ProblemSeverity(rule.Severity));
        json.WriteStartArray("tags");
        foreach (var tag in Tags(rule)) json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>"security" (GitHub only shows security-severity on rules tagged so), the category, the kind, and CWE ids in CodeQL's form.</summary>
    internal static IEnumerable<string> Tags(RuleMetadata rule)
    {
        yield return "security";
        yield return rule.Category.Id;
        yield return rule.Kind == RuleKind.Static ? "static" : "dynamic";
        foreach (var reference in rule.References)
        {
            if (!reference.Title.StartsWith("CWE-", StringComparison.Ordinal)) continue;
            var digits = new string(reference.Title.Skip(4).TakeWhile(char.IsAsciiDigit).ToArray());
            if (digits.Length > 0) yield return $"external/cwe/cwe-{digits.PadLeft(3, '0')}";
        }
    }

    private static void WriteText(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>The plain-text help: what it does, why it matters, the fix, the references.</summary>
    private static string HelpText(RuleMetadata rule)
    {
        var text = new StringBuilder();
        text.Append(rule.Summary).Append("\n\n").Append(rule.Why).Append("\n\nFix: ").Append(rule.Fix).Append('\n');
        foreach (var reference in rule.References) text.Append("\n- ").Append(reference.Title).Append(": ").Append(reference.Url);
        return text.ToString();
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }
}
