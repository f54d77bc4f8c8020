using Shipshape.Secrets;

namespace Shipshape.Tests.Secrets;

/// <summary>Runs every pattern's own must-match and must-not-match examples (the DevSkim convention).</summary>
public sealed class SecretPatternExampleTests
{
    public static TheoryData<string, string> MustMatch() => Examples(p => p.MustMatch);

    public static TheoryData<string, string> MustNotMatch() => Examples(p => p.MustNotMatch);

    private static TheoryData<string, string> Examples(Func<SecretPattern, IEnumerable<string>> select)
    {
        var data = new TheoryData<string, string>();
        foreach (var pattern in SecretPatterns.All)
            foreach (var example in select(pattern))
                data.Add(pattern.Id, example);
        return data;
    }

    [Theory]
    [MemberData(nameof(MustMatch))]
    public void Each_must_match_example_is_found_by_its_pattern(string patternId, string example)
    {
        Assert.Contains(SecretScanner.FindKnownFormats(example), m => m.DetectorId == patternId);
    }

    [Theory]
    [MemberData(nameof(MustNotMatch))]
    public void Each_must_not_match_example_is_not_found_by_its_pattern(string patternId, string example)
    {
        Assert.DoesNotContain(SecretScanner.FindKnownFormats(example), m => m.DetectorId == patternId);
    }

    [Fact]
    public void Every_pattern_has_examples_both_ways_and_a_unique_id()
    {
        Assert.All(SecretPatterns.All, p => Assert.True(p.MustMatch.Length > 0 && p.MustNotMatch.Length > 0, p.Id));
        Assert.Equal(SecretPatterns.All.Length, SecretPatterns.All.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public void A_database_url_is_reported_once_and_the_password_located()
    {
        const string text = "DATABASE_URL=postgresql://app:s3cr3t-Pa55@db:5432/app";

        var match = Assert.Single(SecretScanner.FindKnownFormats(text));

        Assert.Equal("database-url-password", match.DetectorId);
        Assert.Equal("s3cr3t-Pa55", text.Substring(match.Offset, match.Length));
    }
}
