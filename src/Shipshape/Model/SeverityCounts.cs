namespace Shipshape.Model;

/// <summary>Counted (not suppressed) findings per severity.</summary>
public sealed record SeverityCounts(int Critical, int High, int Medium, int Low, int Info)
{
    public static SeverityCounts Of(IEnumerable<Finding> findings)
    {
        var counted = findings.Where(f => f.IsCounted).ToList();
        int Count(Severity s) => counted.Count(f => f.Severity == s);
        return new(Count(Severity.Critical), Count(Severity.High), Count(Severity.Medium), Count(Severity.Low), Count(Severity.Info));
    }

    public int Get(Severity severity) => severity switch
    {
        Severity.Critical => Critical,
        Severity.High => High,
        Severity.Medium => Medium,
        Severity.Low => Low,
        _ => Info,
    };

    public int Total => Critical + High + Medium + Low + Info;
}
