using Shipshape.Facts;
using Shipshape.Model;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Data;

/// <summary>DATA005: JSON or CSV files rewritten as the application's datastore.</summary>
public sealed class Data005FileAsDatastore : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data005,
        Name: "file-as-datastore",
        Category: Categories.Data,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks a web application for functions that open a file for writing and fill it with `json.dump` "
            + "or a `csv` writer (or `Path.write_text(json.dumps(...))`): a file rewritten as the datastore.",
        Why: "Two requests that load, change and rewrite the same file at once lose one of the changes; a crash in the "
            + "middle of `json.dump` leaves a truncated file that no longer loads (all users gone). There are no "
            + "transactions, no concurrent access between workers, and the file lives on one container's disk.",
        Fix: "Store records in a database (SQLite at the very least, PostgreSQL in production) through SQLAlchemy or "
            + "Django models, with migrations; keep files for uploads only, on a volume or object storage.",
        Examples:
        [
            new RuleExample("Python", "python",
                Failing: "def _save_users(users):\n    with open(USERS_FILE, \"w\") as f:\n        json.dump(users, f)",
                Passing: "def add_user(username, password_hash):\n    db.session.add(User(username=username, password_hash=password_hash))\n    db.session.commit()"),
        ],
        References:
        [
            RuleReference.Cwe(362, "Concurrent Execution using Shared Resource with Improper Synchronization ('Race Condition')"),
            RuleReference.Asvs("1.11.3", "All high-value business logic flows are thread safe and resistant to time-of-check and time-of-use race conditions"),
            new RuleReference("The Twelve-Factor App: IV. Backing services", "https://12factor.net/backing-services"),
        ])
    {
        Requirement = "No JSON or CSV file is used as the datastore",
    };

    public CheckOutcome Check(ProjectContext project) =>
        WebApps.ReportEach(project, project.Facts.Get(FactKeys.FileDatastores), store => store.Location,
            store => $"`{store.Function}` rewrites a {store.Format} file as the datastore: no transactions, lost updates between concurrent requests",
            "no JSON/CSV file rewritten as a datastore");
}
