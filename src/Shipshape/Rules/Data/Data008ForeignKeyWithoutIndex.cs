using Shipshape.Discovery;
using Shipshape.Model;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Rules.Data;

/// <summary>DATA008: foreign-key columns with no index.</summary>
public sealed class Data008ForeignKeyWithoutIndex : IFileRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Data008,
        Name: "foreign-key-without-index",
        Category: Categories.Data,
        Severity: Severity.Low,
        Confidence: Confidence.Medium,
        Kind: RuleKind.Static,
        Summary: "Checks SQLAlchemy models for `Column(..., ForeignKey(...))` / `mapped_column(ForeignKey(...))` "
            + "without `index=True`, `unique=True` or `primary_key=True`, and not the leading column of an `Index` or "
            + "`UniqueConstraint` in `__table_args__`; and Django `ForeignKey(..., db_index=False)`. Django indexes "
            + "foreign keys by default, SQLAlchemy and PostgreSQL do not.",
        Why: "Foreign keys are what joins and per-user lists filter on. Without an index every such query scans the "
            + "whole table, and deleting a parent row scans the child table to check or cascade: fine with a hundred "
            + "rows, a timeout with a million.",
        Fix: "Add `index=True` to the column (`Column(Integer, ForeignKey(\"users.id\"), index=True)`), or an "
            + "`Index(\"ix_favorites_pose_id\", \"pose_id\")` in `__table_args__`, and create it in a migration.",
        Examples:
        [
            new RuleExample("SQLAlchemy", "python",
                Failing: "owner_id = Column(Integer, ForeignKey(\"users.id\"), nullable=False)",
                Passing: "owner_id = Column(Integer, ForeignKey(\"users.id\"), nullable=False, index=True)"),
        ],
        References:
        [
            RuleReference.Cwe(1067, "Excessive Execution of Sequential Searches of Data Resource"),
            RuleReference.Asvs("11.1.4", "The application has anti-automation controls to protect against excessive calls"),
            new RuleReference("SQLAlchemy: Column.index", "https://docs.sqlalchemy.org/en/20/core/metadata.html#sqlalchemy.schema.Column.params.index"),
            new RuleReference("PostgreSQL: foreign keys are not indexed automatically", "https://www.postgresql.org/docs/current/ddl-constraints.html#DDL-CONSTRAINTS-FK"),
        ])
    {
        Requirement = "Foreign-key columns are indexed",
    };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Check(FileContext file)
    {
        var index = file.Parsed<PythonIndex>();
        foreach (var (node, _, _, _) in index.Nodes)
        {
            if (node is not ClassDef model) continue;
            var leading = LeadingIndexedColumns(model, index.Semantics);
            foreach (var statement in model.Body)
            {
                var (target, value) = statement switch
                {
                    Assign { Targets: [Name name], Value: Call call } => (name.Id, call),
                    AnnAssign { Target: Name name, Value: Call call } => (name.Id, call),
                    _ => (null, null),
                };
                if (target is null || value is null || leading.Contains(target)) continue;
                if (IsUnindexedSqlAlchemyForeignKey(value, index.Semantics) || IsUnindexedDjangoForeignKey(value, index.Semantics))
                {
                    file.Report(statement.Range.Start, value.Range.End,
                        $"Foreign key `{target}` has no index: joins and per-parent lookups scan the whole table");
                }
            }
        }
    }

    private static bool IsUnindexedSqlAlchemyForeignKey(Call column, SemanticModel semantics)
    {
        var name = semantics.CalleeName(column);
        if (name is null || !(name.EndsWith("Column", StringComparison.Ordinal) || name.EndsWith("mapped_column", StringComparison.Ordinal))) return false;
        if (!column.Args.Any(a => a is Call fk && semantics.CalleeName(fk) is { } fkName && fkName.EndsWith("ForeignKey", StringComparison.Ordinal))) return false;
        return !IsTrue(column.Keyword("index")) && !IsTrue(column.Keyword("unique")) && !IsTrue(column.Keyword("primary_key"))
            && !column.HasUnpacking();
    }

    private static bool IsUnindexedDjangoForeignKey(Call field, SemanticModel semantics) =>
        semantics.CalleeName(field) is "django.db.models.ForeignKey" or "django.db.models.OneToOneField"
        && field.Keyword("db_index") is Constant { Value: ConstantValue.BoolValue { Value: false } };

    private static bool IsTrue(Expr? value) => value is Constant { Value: ConstantValue.BoolValue { Value: true } };

    /// <summary>Columns that lead an <c>Index</c>, <c>UniqueConstraint</c> or <c>PrimaryKeyConstraint</c> in <c>__table_args__</c>.</summary>
    private static HashSet<string> LeadingIndexedColumns(ClassDef model, SemanticModel semantics)
    {
        var columns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in model.Body)
        {
            if (statement is not Assign { Targets: [Name { Id: "__table_args__" }], Value: var args }) continue;
            foreach (var node in args.Descendants())
            {
                if (node is not Call constraint || semantics.CalleeName(constraint) is not { } name) continue;
                var isIndex = name.EndsWith("Index", StringComparison.Ordinal);
                if (!isIndex && !name.EndsWith("UniqueConstraint", StringComparison.Ordinal) && !name.EndsWith("PrimaryKeyConstraint", StringComparison.Ordinal)) continue;
                // Index("name", "col", ...) names itself first; constraints list columns first.
                var first = constraint.Positional(isIndex ? 1 : 0);
                if (first is not null && semantics.StaticString(first) is { } column) columns.Add(column);
                else if (first is Attribute attribute) columns.Add(attribute.Attr);
            }
        }

        return columns;
    }
}
