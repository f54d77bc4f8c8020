namespace Shipshape.Probe.Observatory;

/// <summary>
/// Grades a site's headers with the algorithm of Mozilla's HTTP Observatory, version 4. A pure function
/// of what was fetched: no I/O happens here.
/// </summary>
public static class ObservatoryGrader
{
    private static readonly Func<ObservatoryInput, ObservedPage, ObservatoryTestResult>[] Tests =
    [
        ContentSecurityPolicyTest.Run,
        CookiesTest.Run,
        CrossOriginResourceSharingTest.Run,
        RedirectionTest.Run,
        ReferrerPolicyTest.Run,
        StrictTransportSecurityTest.Run,
        SubresourceIntegrityTest.Run,
        XContentTypeOptionsTest.Run,
        XFrameOptionsTest.Run,
        CrossOriginResourcePolicyTest.Run,
    ];

    /// <summary>
    /// The Observatory refuses to grade a site whose page answers other than 2xx, 3xx, 401 or 403, or
    /// that cannot be reached at all; so do we (null, with the reason).
    /// </summary>
    public static ObservatoryResult? Grade(ObservatoryInput input, out string? refusal)
    {
        var auto = input.Auto;
        if (auto is null)
        {
            refusal = "the site could not be reached over http or https";
            return null;
        }
        if (auto.Final.Status == 0)
        {
            refusal = $"the page redirects to {auto.Final.Url}, another origin, which the probe does not fetch";
            return null;
        }
        var status = auto.Final.Status;
        if (status < 200 || (status >= 400 && status is not (401 or 403)))
        {
            refusal = $"the page answered HTTP {status}; the Observatory grades only 2xx, 3xx, 401 and 403 answers";
            return null;
        }

        refusal = null;
        var page = ObservedPage.Of(auto);
        var results = Tests.Select(test => test(input, page)).ToArray();
        var penalised = ObservatoryScoreTable.BaseScore + results.Where(r => r.Modifier < 0).Sum(r => r.Modifier);
        var withBonuses = ObservatoryScoreTable.BaseScore + results.Sum(r => r.Modifier);
        var score = Math.Max(penalised >= ObservatoryScoreTable.MinimumScoreForExtraCredit ? withBonuses : penalised, 0);
        return new ObservatoryResult(score, ObservatoryScoreTable.Grade(score), results);
    }
}
