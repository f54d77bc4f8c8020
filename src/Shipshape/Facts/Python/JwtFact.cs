using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>A JWT issued (<c>jwt.encode</c>, <c>create_access_token</c>) or decoded (<c>jwt.decode</c>), with what weakens it.</summary>
/// <param name="Operation">"encode" or "decode".</param>
/// <param name="Problem">Null when nothing is wrong; otherwise what is ("no exp claim", "signature verification disabled", "'none' algorithm accepted").</param>
public sealed record JwtFact(string Operation, string? Problem, Location Location)
{
    public override string ToString() => $"jwt {Operation}{(Problem is null ? "" : $": {Problem}")} at {Location}";
}
