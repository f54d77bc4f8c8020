using System.Globalization;
using System.Text;
using System.Xml;
using Shipshape.Model;

namespace Shipshape.Reports.Junit;

/// <summary>
/// JUnit XML for CI dashboards: one test suite per scorecard category, one test case per check.
/// A failed check is a failure listing its findings; a manual or not-applicable check is skipped
/// with its reason; a passed check passes. A verified readiness report adds a "Claims" suite: one
/// test case per claim (contradicted fails, unverifiable is skipped with its reason), with the
/// claimed and measured scores as properties. No times or host names, so the same input gives the
/// same bytes.
/// </summary>
public sealed class JunitReportWriter : IReportWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
    };

    public string Format => "junit";

    public string Write(Report report)
    {
        var rows = report.Categories.Where(c => c.Checks.Count > 0).ToList();
        var all = rows.SelectMany(c => c.Checks).ToList();
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("testsuites");
            xml.WriteAttributeString("name", $"shipshape {report.Target.Path ?? report.Target.Url ?? ""}".TrimEnd());
            WriteCounts(xml, all);
            foreach (var row in rows) WriteSuite(xml, report, row);
            if (report.Claims is { } claims) WriteClaimsSuite(xml, report, claims);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteSuite(XmlWriter xml, Report report, CategoryScore row)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", row.Category.Name);
        xml.WriteAttributeString("id", row.Category.Id);
        WriteCounts(xml, row.Checks);
        xml.WriteStartElement("properties");
        WriteProperty(xml, "score", MarkdownText.Score(row.Score));
        xml.WriteEndElement();
        foreach (var check in row.Checks) WriteCase(xml, report, row.Category, check);
        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, Report report, Category category, CheckResult check)
    {
        var rule = report.FindRule(check.RuleId);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", rule is null ? check.RuleId : $"{check.RuleId} {rule.Name}");
        xml.WriteAttributeString("classname", $"shipshape.{category.Id}");
        switch (check.Status)
        {
            case CheckStatus.Fail:
                var findings = report.Findings.Where(f => f.RuleId == check.RuleId && f.IsCounted).ToList();
                xml.WriteStartElement("failure");
                xml.WriteAttributeString("type", check.Severity.Id());
                xml.WriteAttributeString("message", FailureMessage(check, findings));
                xml.WriteString(FailureBody(findings));
                xml.WriteEndElement();
                break;
            case CheckStatus.Manual or CheckStatus.NotApplicable:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", check.Reason is { } reason ? $"{check.Status.Id()}: {reason}" : check.Status.Id());
                xml.WriteEndElement();
                break;
            default:
                if (check.Reason is { } passReason) xml.WriteElementString("system-out", passReason);
                break;
        }
        xml.WriteEndElement();
    }

    private static void WriteClaimsSuite(XmlWriter xml, Report report, IReadOnlyList<ClaimResult> claims)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", "Claims");
        xml.WriteAttributeString("id", "claims");
        xml.WriteAttributeString("tests", Number(claims.Count));
        xml.WriteAttributeString("failures", Number(ClaimsSummaryText.Count(claims, ClaimVerdict.Contradicted)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Number(ClaimsSummaryText.Count(claims, ClaimVerdict.Unverifiable)));
        xml.WriteStartElement("properties");
        if (report.ClaimedScore is { } claimed)
        {
            WriteProperty(xml, "claimedScore", claimed.Score.ToString("0.##", CultureInfo.InvariantCulture));
            WriteProperty(xml, "claimedScoreLine", Number(claimed.SourceLine));
        }
        WriteProperty(xml, "measuredScore", MarkdownText.Score(report.Summary.Score));
        xml.WriteEndElement();
        foreach (var claim in claims)
        {
            xml.WriteStartElement("testcase");
            xml.WriteAttributeString("name", $"line {Number(claim.SourceLine)}: {claim.Text}");
            xml.WriteAttributeString("classname", "shipshape.claims");
            var evidence = string.Join("\n", claim.Evidence);
            switch (claim.Verdict)
            {
                case ClaimVerdict.Contradicted:
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", "contradicted");
                    xml.WriteAttributeString("message", claim.Evidence.FirstOrDefault() ?? "contradicted");
                    xml.WriteString(evidence);
                    xml.WriteEndElement();
                    break;
                case ClaimVerdict.Unverifiable:
                    xml.WriteStartElement("skipped");
                    xml.WriteAttributeString("message", $"unverifiable: {evidence.Replace('\n', ';')}");
                    xml.WriteEndElement();
                    break;
                default:
                    xml.WriteElementString("system-out", evidence);
                    break;
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    private static void WriteCounts(XmlWriter xml, IReadOnlyCollection<CheckResult> checks)
    {
        xml.WriteAttributeString("tests", Number(checks.Count));
        xml.WriteAttributeString("failures", Number(checks.Count(c => c.Status == CheckStatus.Fail)));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Number(checks.Count(c => !c.Status.IsDecided())));
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private static string FailureMessage(CheckResult check, IReadOnlyList<Finding> findings) =>
        findings.Count == 1
            ? findings[0].Message
            : $"{findings.Count} {check.Severity.Id()} findings{(check.Reason is { } reason ? $": {reason}" : "")}";

    /// <summary>Each finding: location, rule and message, then its code indented, then the fix.</summary>
    private static string FailureBody(IReadOnlyList<Finding> findings)
    {
        var body = new StringBuilder();
        foreach (var finding in findings)
        {
            body.Append(finding.Location?.ToString() ?? "project").Append(": ").Append(finding.RuleId).Append(' ')
                .Append(finding.Message).Append('\n');
            foreach (var line in finding.Snippet.Split('\n', StringSplitOptions.RemoveEmptyEntries)) body.Append("    ").Append(line).Append('\n');
            body.Append("  fix: ").Append(finding.Fix).Append("\n\n");
        }
        return body.ToString();
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
