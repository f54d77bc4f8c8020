using Shipshape.Diff;

namespace Shipshape.Tests.Diff;

/// <summary>The status definitions of <see cref="CategoryStatus"/>, case by case, including which one wins.</summary>
public sealed class CategoryStatusTests
{
    [Theory]
    // A check that newly fails is a regression even when the score rose (another, heavier check was fixed).
    [InlineData(5.0, 6.0, "HDR001", "HDR004", CategoryStatus.Regressed)]
    [InlineData(6.0, 5.0, "HDR001", "HDR001", CategoryStatus.Regressed)]
    [InlineData(null, 0.0, "", "HDR001", CategoryStatus.Regressed)]
    [InlineData(0.0, 10.0, "HDR001,HDR003", "", CategoryStatus.Fixed)]
    // Every check of the row became not-applicable: nothing fails any more.
    [InlineData(0.0, null, "HDR001", "", CategoryStatus.Fixed)]
    [InlineData(3.0, 6.0, "HDR001,HDR003", "HDR003", CategoryStatus.Improved)]
    [InlineData(5.0, 7.5, "HDR003", "HDR003", CategoryStatus.Improved)]
    [InlineData(5.0, 5.0, "HDR003", "HDR003", CategoryStatus.Unchanged)]
    [InlineData(10.0, 10.0, "", "", CategoryStatus.Unchanged)]
    [InlineData(null, 10.0, "", "", CategoryStatus.Unchanged)]
    public void Status_follows_the_definitions(double? before, double? after, string failingBefore, string failingAfter, CategoryStatus expected)
    {
        static IReadOnlyList<string> Rules(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected, CategoryComparison.StatusOf(before, after, Rules(failingBefore), Rules(failingAfter)));
    }
}
