using System.Text.Json;
using Shipshape.Model;
using Shipshape.Reports.Docs;
using Shipshape.Reports.Sarif;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Reports;

public sealed class SarifReportTests
{
    private static readonly string RecordsApp = TestPaths.Fixture("projects", "records-app");

    public static TheoryData<string> ScannedTrees => new()
    {
        RecordsApp,
        Path.Combine(TestPaths.RepositoryRoot, "samples", "leoc", "before"),
        Path.Combine(TestPaths.RepositoryRoot, "samples", "lumo", "before"),
        Path.Combine(TestPaths.RepositoryRoot, "samples", "vault", "before"),
    };

    [Theory]
    [MemberData(nameof(ScannedTrees))]
    public void Reports_of_real_scans_are_valid_against_the_sarif_2_1_0_schema(string root)
    {
        var sarif = new SarifReportWriter().Write(Scans.Run(root));

        var errors = JsonSchemaValidator.Validate(TestPaths.Fixture("sarif", "sarif-schema-2.1.0.json"), sarif);

        Assert.Empty(errors);
    }

    [Fact]
    public void Evidence_and_project_level_findings_stay_valid_and_land_in_their_sarif_fields()
    {
        // The probe and the project-level rules of later editions fill these; here a real report gets them added.
        var scanned = Scans.Run(RecordsApp);
        var first = scanned.Findings[0];
        var exchange = HttpEvidence.Create("GET", "http://127.0.0.1:5000/login", [new("Origin", "https://evil.example")], 200,
            [new("Access-Control-Allow-Origin", "https://evil.example"), new("Vary", "Origin"), new("vary", "Cookie")], "<html>login</html>");
        var code = new CodeEvidence(new Location("config.py", 3, 1, 3, 20), "DEBUG = True");
        var withEvidence = first with { Evidence = [exchange, code, new NoteEvidence("no CORS allow-list found")] };
        var projectLevel = first with { Location = null, Fingerprint = "0123456789abcdef0123456789abcdef" };
        var report = scanned with { Findings = [withEvidence, projectLevel, .. scanned.Findings.Skip(1)] };

        var text = new SarifReportWriter().Write(report);

        Assert.Empty(JsonSchemaValidator.Validate(TestPaths.Fixture("sarif", "sarif-schema-2.1.0.json"), text));
        using var sarif = JsonDocument.Parse(text);
        var results = Run(sarif).GetProperty("results");
        var result = results[0];
        Assert.Equal("GET", result.GetProperty("webRequest").GetProperty("method").GetString());
        Assert.Equal("http://127.0.0.1:5000/login", result.GetProperty("webRequest").GetProperty("target").GetString());
        Assert.Equal(200, result.GetProperty("webResponse").GetProperty("statusCode").GetInt32());
        Assert.Equal("Origin, Cookie", result.GetProperty("webResponse").GetProperty("headers").GetProperty("Vary").GetString());
        var related = result.GetProperty("relatedLocations")[0];
        Assert.Equal(1, related.GetProperty("id").GetInt32());
        Assert.Equal("config.py", related.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(["no CORS allow-list found"], result.GetProperty("properties").GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        Assert.False(results[1].TryGetProperty("locations", out _));
    }

    [Fact]
    public void The_validator_rejects_a_document_that_breaks_the_schema()
    {
        // Proves the validation above can fail: a result level SARIF does not define.
        var sarif = new SarifReportWriter().Write(Scans.Run(RecordsApp)).Replace("\"level\": \"warning\"", "\"level\": \"severe\"");

        var errors = JsonSchemaValidator.Validate(TestPaths.Fixture("sarif", "sarif-schema-2.1.0.json"), sarif);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Two_scans_of_the_same_tree_give_byte_identical_sarif()
    {
        Assert.Equal(new SarifReportWriter().Write(Scans.Run(RecordsApp)), new SarifReportWriter().Write(Scans.Run(RecordsApp)));
    }

    [Fact]
    public void Every_rule_has_what_github_code_scanning_shows()
    {
        var report = Scans.Run(RecordsApp);
        using var sarif = JsonDocument.Parse(new SarifReportWriter().Write(report));
        var rules = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(report.Rules.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        foreach (var (descriptor, rule) in rules.Zip(report.Rules))
        {
            Assert.Equal(rule.Name, descriptor.GetProperty("name").GetString());
            Assert.StartsWith(descriptor.GetProperty("shortDescription").GetProperty("text").GetString()!, rule.Summary);
            Assert.Contains(rule.Why, descriptor.GetProperty("fullDescription").GetProperty("text").GetString());
            Assert.Contains(rule.Fix, descriptor.GetProperty("help").GetProperty("text").GetString());
            Assert.Equal(RuleDocsWriter.Write(rule), descriptor.GetProperty("help").GetProperty("markdown").GetString());
            var properties = descriptor.GetProperty("properties");
            Assert.Equal(SarifSeverity.SecuritySeverity(rule.Severity), properties.GetProperty("security-severity").GetString());
            var tags = properties.GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
            Assert.Contains("security", tags);
            Assert.Contains(rule.Category.Id, tags);
        }
    }

    [Fact]
    public void Cwe_references_become_codeql_style_tags()
    {
        var report = Scans.Run(RecordsApp);
        using var sarif = JsonDocument.Parse(new SarifReportWriter().Write(report));
        var bareExcept = Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == RuleIds.Err001);

        // ERR001 cites CWE-396 in its metadata.
        Assert.Contains(report.FindRule(RuleIds.Err001)!.References, r => r.Title.StartsWith("CWE-396", StringComparison.Ordinal));
        Assert.Contains("external/cwe/cwe-396", bareExcept.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData(Severity.Critical, 9.0, 10.0)]
    [InlineData(Severity.High, 7.0, 8.9)]
    [InlineData(Severity.Medium, 4.0, 6.9)]
    [InlineData(Severity.Low, 0.1, 3.9)]
    [InlineData(Severity.Info, 0.0, 0.0)]
    public void Security_severity_falls_in_githubs_bucket_of_the_same_name(Severity severity, double low, double high)
    {
        var value = double.Parse(SarifSeverity.SecuritySeverity(severity), System.Globalization.CultureInfo.InvariantCulture);

        Assert.InRange(value, low, high);
    }

    [Fact]
    public void Every_result_points_at_its_rule_a_root_relative_region_and_the_finding_fingerprint()
    {
        var report = Scans.Run(RecordsApp);
        using var sarif = JsonDocument.Parse(new SarifReportWriter().Write(report));
        var run = Run(sarif);
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = run.GetProperty("results").EnumerateArray().ToList();

        Assert.Equal(report.Findings.Count, results.Count);
        foreach (var (result, finding) in results.Zip(report.Findings))
        {
            Assert.Equal(finding.RuleId, result.GetProperty("ruleId").GetString());
            Assert.Equal(finding.RuleId, rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
            Assert.Equal(SarifSeverity.Level(finding.Severity), result.GetProperty("level").GetString());
            Assert.Equal(finding.Message, result.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(finding.Fingerprint, result.GetProperty("partialFingerprints").GetProperty(SarifResultWriter.FingerprintKey).GetString());

            var location = finding.Location!;
            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.Equal(location.Path, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
            var region = physical.GetProperty("region");
            Assert.Equal(location.StartLine, region.GetProperty("startLine").GetInt32());
            Assert.Equal(location.StartColumn, region.GetProperty("startColumn").GetInt32());
            Assert.Equal(location.EndLine, region.GetProperty("endLine").GetInt32());
            Assert.Equal(location.EndColumn, region.GetProperty("endColumn").GetInt32());
            if (finding.Snippet.Length > 0)
                Assert.Equal(finding.Snippet, region.GetProperty("snippet").GetProperty("text").GetString());
        }
    }

    [Fact]
    public void A_bare_except_result_has_its_exact_region_and_snippet()
    {
        using var sarif = JsonDocument.Parse(new SarifReportWriter().Write(Scans.Run(RecordsApp)));
        var result = Run(sarif).GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == RuleIds.Err001 && !r.TryGetProperty("suppressions", out _));
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");

        // records-app/app.py line 13 is "    except:" (see the JSON report test).
        Assert.Equal("app.py", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("""{"startLine":13,"startColumn":5,"endLine":13,"endColumn":11,"snippet":{"text":"except:"}}""",
            JsonSerializer.Serialize(physical.GetProperty("region")));
    }

    [Fact]
    public void Suppressed_findings_are_sarif_suppressions_with_their_reason()
    {
        var report = Scans.Run(RecordsApp);
        using var sarif = JsonDocument.Parse(new SarifReportWriter().Write(report));
        var suppressed = Run(sarif).GetProperty("results").EnumerateArray()
            .Where(r => r.TryGetProperty("suppressions", out _)).ToList();

        Assert.Equal(report.Findings.Count(f => !f.IsCounted), suppressed.Count);
        var suppression = Assert.Single(suppressed).GetProperty("suppressions")[0];
        Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
        Assert.Equal("the save helper logs and re-raises; this only shapes the answer", suppression.GetProperty("justification").GetString());
    }

    [Fact]
    public void Paths_with_spaces_and_non_ascii_become_escaped_relative_uris()
    {
        Assert.Equal("static/my%20file%C3%A9.py", SarifResultWriter.RelativeUri("static/my fileé.py"));
    }

    private static JsonElement Run(JsonDocument sarif) => sarif.RootElement.GetProperty("runs")[0];
}
