using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Input;

/// <summary>INP002: request data joined into file paths or passed to file operations.</summary>
public sealed class Inp002PathTraversal : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Inp002,
        Name: "request-data-in-file-path",
        Category: Categories.Input,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks a web application for request data — query and form values, route path parameters, an "
            + "upload's client-chosen `.filename` — reaching `os.path.join`, `pathlib.Path`, `open`, `send_file`, "
            + "`os.remove` or an upload's `.save` without `secure_filename` or `os.path.basename` in between.",
        Why: "`os.path.join(folder, \"../../etc/passwd\")` leaves the folder, and `os.path.join(folder, \"/etc/passwd\")` "
            + "discards it entirely: the client reads any file the worker can read (configuration, `.env`, keys) or "
            + "overwrites application files on upload.",
        Fix: "Serve files with `send_from_directory(folder, name)` (which refuses paths outside the folder), or pass "
            + "names through `werkzeug.utils.secure_filename`; better, look the file up by an id in the database and "
            + "use the stored name.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "name = request.args.get(\"file\")\nreturn send_file(os.path.join(app.config[\"UPLOAD_FOLDER\"], name))",
                Passing: "name = request.args.get(\"file\")\nreturn send_from_directory(app.config[\"UPLOAD_FOLDER\"], name)"),
        ],
        References:
        [
            RuleReference.Cwe(22, "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')"),
            RuleReference.Asvs("12.3.1", "User-submitted filename metadata is not used directly by system or framework filesystems"),
            new RuleReference("Flask: send_from_directory", "https://flask.palletsprojects.com/en/latest/api/#flask.send_from_directory"),
        ])
    {
        Requirement = "No request data reaches a file path unsanitised",
    };

    public CheckOutcome Check(ProjectContext project) =>
        WebApps.ReportEach(project, project.Facts.Get(FactKeys.RequestPaths), path => path.Location,
            path => $"Request data reaches `{path.Sink}`: a client can name files outside the intended folder",
            "no request data reaches a file path");
}
