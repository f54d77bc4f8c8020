namespace Shipshape.Model;

/// <summary>The report's "probe" section: present when a URL was probed.</summary>
/// <param name="Url">The origin probed.</param>
/// <param name="Requests">How many requests were sent.</param>
/// <param name="Observatory">The header grade, when computed.</param>
public sealed record ProbeSummary(string Url, int Requests, ObservatoryGrade? Observatory);
