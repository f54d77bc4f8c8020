using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Data;

/// <summary>DATA004: module-level dicts, lists or sets used as the application's storage.</summary>
public sealed class Data004InMemoryState : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data004,
        Name: "in-memory-state",
        Category: Categories.Data,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks a web application's modules for module-level dicts, lists and sets that functions write to "
            + "(item assignment, `append`, `update`, `setdefault`, ...): process memory used as storage for sessions, "
            + "metadata or keys. Containers named as caches are judged by DATA006 instead.",
        Why: "Each worker process has its own copy: with two gunicorn workers a user logs in on one and is unknown to "
            + "the other, an upload recorded by one is missing in the other. Everything is lost at every restart or "
            + "deploy, and concurrent requests mutate the structure without a lock.",
        Fix: "Keep the data in the database (SQLAlchemy model, Django model) or a shared store such as Redis; use the "
            + "framework's session support (Flask-Login, server-side sessions) for login state.",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "file_metadata = {}\n\n@app.post(\"/upload\")\ndef upload():\n    file_metadata[file_id] = {\"owner\": user, \"name\": name}",
                Passing: "@app.post(\"/upload\")\ndef upload():\n    db.session.add(StoredFile(id=file_id, owner=user, name=name))\n    db.session.commit()"),
        ],
        References:
        [
            RuleReference.Cwe(362, "Concurrent Execution using Shared Resource with Improper Synchronization ('Race Condition')"),
            RuleReference.Asvs("1.11.3", "All high-value business logic flows, including authentication, session management and access control are thread safe and resistant to time-of-check and time-of-use race conditions"),
            new RuleReference("The Twelve-Factor App: VI. Processes", "https://12factor.net/processes"),
        ])
    {
        Requirement = "No application state is kept in process memory",
    };

    public CheckOutcome Check(ProjectContext project) =>
        WebApps.ReportEach(project, project.Facts.Get(FactKeys.ModuleState).Where(s => !s.NamedAsCache).ToList(),
            container => container.Definition,
            container => $"Module-level `{container.Name}` is written by {string.Join(", ", container.Writers.Select(w => $"`{w}`"))}: "
                + "state kept in one process's memory is lost on restart and not shared between workers",
            "no module-level container written by functions");
}
