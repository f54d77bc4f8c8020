using System.Diagnostics;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Reports;

/// <summary>
/// Validates a document with Debian's python3-jsonschema (a draft-04 validator, as the SARIF schema
/// needs), run as a real process. Fails with the package to install when it is missing.
/// </summary>
public static class JsonSchemaValidator
{
    private const string Python = "/usr/bin/python3";

    /// <summary>The validation errors, one per line ("path: message"); empty when the document is valid.</summary>
    public static IReadOnlyList<string> Validate(string schemaPath, string documentText)
    {
        Assert.True(File.Exists(Python), $"{Python} is missing: apt-get install -y python3 python3-jsonschema");
        var document = Path.Combine(Path.GetTempPath(), $"shipshape-schema-{Guid.NewGuid():N}.json");
        File.WriteAllText(document, documentText);
        try
        {
            var start = new ProcessStartInfo(Python)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(TestPaths.Fixture("reports", "validate_json_schema.py"));
            start.ArgumentList.Add(schemaPath);
            start.ArgumentList.Add(document);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            Assert.False(stderr.Result.Contains("No module named 'jsonschema'", StringComparison.Ordinal),
                "python3-jsonschema is missing: apt-get install -y python3-jsonschema");
            Assert.True(process.ExitCode is 0 or 1, $"the validator failed: {stderr.Result}");
            return stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            File.Delete(document);
        }
    }
}
