using Shipshape.Tests.Support;

namespace Shipshape.Tests.SeedParity;

/// <summary>One row of samples/README.md's parity tables: where a rule must (or, in <c>after</c>, may) fire.</summary>
public sealed record SampleRow(string App, string State, string SeedItem, string Rule, string File, int Line, string Note)
{
    /// <summary>A LIE-FIGURE row: the rule passes there; only the figure differs from the claim.</summary>
    public bool IsFigureOnly => Note.StartsWith("LIE-FIGURE:", StringComparison.Ordinal);

    public override string ToString() => $"{App}/{State} {Rule} {File}:{Line} [{SeedItem}]";
}

/// <summary>Reads the tables of samples/README.md (columns app | state | seed item | rule | file | line | note).</summary>
public static class SampleTable
{
    public static string SamplesRoot { get; } = Path.Combine(TestPaths.RepositoryRoot, "samples");

    public static IReadOnlyList<SampleRow> Rows { get; } = Read(Path.Combine(SamplesRoot, "README.md"));

    private static List<SampleRow> Read(string path)
    {
        var rows = new List<SampleRow>();
        foreach (var line in File.ReadLines(path))
        {
            if (!line.StartsWith('|')) continue;
            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells.Length != 7 || cells[1] is not ("before" or "after") || cells[3] == "manual") continue;
            rows.Add(new SampleRow(cells[0], cells[1], cells[2], cells[3], cells[4], int.Parse(cells[5]), cells[6]));
        }

        return rows;
    }
}
