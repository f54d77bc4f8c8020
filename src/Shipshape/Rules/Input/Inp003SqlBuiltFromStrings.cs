using System.Text.RegularExpressions;
using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Rules.Python;

namespace Shipshape.Rules.Input;

/// <summary>INP003: SQL text assembled with f-strings, <c>%</c>, <c>+</c> or <c>.format</c> and then executed.</summary>
public sealed partial class Inp003SqlBuiltFromStrings : IFileRule
{
    // Methods that run SQL text given as their first argument (DB-API cursors, SQLAlchemy, Django).
    private static readonly HashSet<string> ExecutingMethods = new(StringComparer.Ordinal)
    {
        "execute", "executemany", "executescript", "exec_driver_sql", "raw", "extra", "fetch", "fetchrow", "fetchval",
    };

    private static readonly HashSet<string> TextConstructors = new(StringComparer.Ordinal)
    {
        "sqlalchemy.text", "sqlalchemy.sql.text", "sqlalchemy.sql.expression.text", "django.db.models.expressions.RawSQL",
        "django.db.models.RawSQL",
    };

    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Inp003,
        Name: "sql-built-from-strings",
        Category: Categories.Input,
        Severity: Severity.High,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks for SQL statements built with f-strings, `%`, `+` or `.format` from values that are not "
            + "constants, and passed to `execute`/`executemany`, SQLAlchemy's `text()` or Django's `raw()` — directly "
            + "or through a local variable. Test files are not checked.",
        Why: "A value pasted into SQL text becomes SQL: `ward = \"x' OR '1'='1\"` reads every row, and with stacked "
            + "queries it can write or drop tables. Escaping by hand misses cases; only bound parameters keep data "
            + "apart from the statement.",
        Fix: "Bind parameters instead: `db.session.execute(text(\"SELECT * FROM records WHERE ward = :ward\"), "
            + "{\"ward\": ward})`, `cursor.execute(\"... WHERE id = %s\", (record_id,))`, or use the ORM's query API.",
        Examples:
        [
            new RuleExample("SQLAlchemy", "python",
                Failing: "sql = f\"SELECT * FROM records WHERE ward LIKE '%{ward}%'\"\nrows = db.session.execute(text(sql)).fetchall()",
                Passing: "sql = text(\"SELECT * FROM records WHERE ward LIKE :pattern\")\n"
                    + "rows = db.session.execute(sql, {\"pattern\": f\"%{ward}%\"}).fetchall()"),
        ],
        References:
        [
            RuleReference.Cwe(89, "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')"),
            RuleReference.Asvs("5.3.4", "Data selection or database queries use parameterized queries, ORMs, entity frameworks, or are otherwise protected from database injection attacks"),
            new RuleReference("OWASP SQL Injection Prevention Cheat Sheet", "https://cheatsheetseries.owasp.org/cheatsheets/SQL_Injection_Prevention_Cheat_Sheet.html"),
        ])
    {
        Requirement = "SQL statements bind their values as parameters",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        // Tests provoke and discard failures on purpose; the audit is about application code.
        if (CodePaths.IsTest(file.Path)) return;
        var index = file.Parsed<PythonIndex>();
        var reported = new HashSet<int>();
        foreach (var site in index.Calls)
        {
            if (!IsSqlSink(site) || site.Call.Args.Length == 0 || site.Call.Args[0] is Starred) continue;
            var argument = site.Call.Args[0];
            var built = argument is Name name
                ? LocalAssignments.LastValue(index, site.Function, name.Id, site.Call.Range.Start)
                : argument;
            if (built is null || StringBuilding.DynamicKind(built, index.Semantics) is not { } kind) continue;
            if (!StringBuilding.LiteralPieces(built, index.Semantics).Any(piece => SqlKeyword().IsMatch(piece))) continue;
            if (!reported.Add(built.Range.Start)) continue;
            file.Report(built.Range.Start, built.Range.End,
                $"SQL built with {kind} and executed by `{site.MethodName}`: bind the values as parameters instead");
        }
    }

    private static bool IsSqlSink(CallSite site) =>
        site.Callee is { } callee && (TextConstructors.Contains(callee)
            || site.Call.Func is Shipshape.Python.Ast.Attribute attribute && ExecutingMethods.Contains(attribute.Attr));

    // A statement keyword followed by more SQL, so "Delete {name}?" in a message does not count.
    [GeneratedRegex(@"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\S+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|VIEW)|DROP\s+(TABLE|INDEX|VIEW)|ALTER\s+TABLE|WHERE\s)|^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex SqlKeyword();
}
