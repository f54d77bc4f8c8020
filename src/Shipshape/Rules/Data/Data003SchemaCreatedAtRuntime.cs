using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Semantics;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Rules.Data;

/// <summary>DATA003: the schema is made by <c>create_all()</c> instead of migrations.</summary>
public sealed class Data003SchemaCreatedAtRuntime : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data003,
        Name: "schema-created-at-runtime",
        Category: Categories.Data,
        Severity: Severity.Medium,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks for SQLAlchemy's `create_all()` (Flask-SQLAlchemy's `db.create_all()`, "
            + "`Base.metadata.create_all(engine)`) in application code; tests are not reported.",
        Why: "`create_all` only creates missing tables: it never adds a column, changes a type or an index. The first "
            + "model change after launch leaves production out of step with the code, and there is no history to roll "
            + "back to. Run at every start, it also races between workers.",
        Fix: "Manage the schema with migrations: Flask-Migrate (`flask db migrate`, `flask db upgrade`) or Alembic "
            + "(`alembic revision --autogenerate`, `alembic upgrade head`) run once per deploy; Django's "
            + "`manage.py migrate`.",
        Examples:
        [
            new RuleExample("Flask-SQLAlchemy", "python",
                Failing: "with app.app_context():\n    db.create_all()",
                Passing: "migrate = Migrate(app, db)  # then `flask db upgrade` in the release step"),
        ],
        References:
        [
            RuleReference.Cwe(1188, "Initialization of a Resource with an Insecure Default"),
            RuleReference.Asvs("14.1.1", "The application build and deployment processes are performed in a secure and repeatable way"),
            new RuleReference("Flask-Migrate", "https://flask-migrate.readthedocs.io/"),
            new RuleReference("Alembic tutorial", "https://alembic.sqlalchemy.org/en/latest/tutorial.html"),
        ])
    {
        Requirement = "The schema is managed by migrations, not create_all()",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        if (CodePaths.IsTest(file.Path)) return;
        foreach (var site in file.Parsed<PythonIndex>().Calls)
        {
            if (site.Call.Func is not Attribute { Attr: "create_all" } method) continue;
            // `x.create_all()` with no argument (Flask-SQLAlchemy), or `metadata.create_all(bind)`.
            if (site.Call.Args.Length == 0 && site.Call.Keywords.Length == 0 || method.Value is Attribute { Attr: "metadata" }
                || site.Call.Keyword("bind") is not null)
            {
                file.Report(method.Range.Start, site.Call.Range.End,
                    "Schema made by `create_all()` at run time: it never alters existing tables; use migrations");
            }
        }
    }
}
