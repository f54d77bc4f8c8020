using Shipshape.Model;
using Shipshape.Probe.Evidence;
using Shipshape.Probe.Html;
using Shipshape.Probe.Http;
using Shipshape.Probe.Observatory;
using Shipshape.Rules;

namespace Shipshape.Probe.Checks.Csrf;

/// <summary>CSRF101: a form POST without its anti-CSRF token is rejected.</summary>
public sealed class Csrf101TokenEnforced : IProbeCheck
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Csrf101,
        Name: "csrf-token-not-enforced",
        Category: Categories.Csrf,
        Severity: Severity.High,
        Confidence: Confidence.High,
        Kind: RuleKind.Dynamic,
        Summary: "With `--active`: fetches a page with a POST form (the login form first, it changes nothing), "
            + "keeps the page's cookies, and submits the form without its anti-CSRF token; passes when the app "
            + "rejects it (400 or 403) while the same form with its token is not rejected that way. A form without "
            + "any token fails when its POST is accepted.",
        Why: "A form that accepts a POST without a token tied to the user's session can be submitted by any other "
            + "site the user visits, with the user's cookies: changing their password or email, or making them act.",
        Fix: "Flask: `CSRFProtect(app)` (Flask-WTF) and `{{ csrf_token() }}` in every form; Django: keep "
            + "`CsrfViewMiddleware` and `{% csrf_token %}`, without `@csrf_exempt` on form views.",
        Examples:
        [
            new RuleExample("login form", "http",
                Failing: "POST /login HTTP/1.1\nCookie: session=…\n\nusername=a&password=b\n\nHTTP/1.1 200 OK",
                Passing: "POST /login HTTP/1.1\nCookie: session=…\n\nusername=a&password=b\n\nHTTP/1.1 400 Bad Request\n\nThe CSRF token is missing."),
        ],
        References:
        [
            RuleReference.Asvs("4.2.2", "The application enforces a strong anti-CSRF mechanism"),
            RuleReference.Cwe(352, "Cross-Site Request Forgery (CSRF)"),
        ])
    {
        Requirement = "Form POSTs without their CSRF token are rejected",
    };

    public ProbePhase Phase => ProbePhase.Active;

    public async Task<CheckOutcome> CheckAsync(ProbeCheckContext probe, CancellationToken cancellation)
    {
        var session = probe.Session;
        var (jar, form, page) = await FindFormAsync(session, cancellation);
        if (form is null || page is null)
            return CheckOutcome.NotApplicable("no HTML form with method=post on the page, the login page or the form routes the static scan found");
        if (form.IsLogin) session.CountLoginPost();

        var token = form.CsrfToken;
        var withoutToken = await Submit(session, form, page, jar, omitToken: true, cancellation);
        if (withoutToken.Response is not { } answer) return CheckOutcome.Manual($"the form POST got no answer: {withoutToken.Error}");
        var rejected = answer.Status is 400 or 403;

        if (token is null)
        {
            if (rejected) return CheckOutcome.Pass($"{withoutToken.Request.Line} (form without a token field) → {answer.Status}");
            probe.Report($"the form at {page.Request.Url.PathAndQuery} has no anti-CSRF token and its POST was accepted ({answer.Status})",
                $"{withoutToken.Request.Line} (no token field) → {answer.Status}",
                ExchangeEvidence.Of(page, responseHeaders: ["Set-Cookie"]), ExchangeEvidence.Of(withoutToken, ["Cookie"], ["Location"], withBody: true));
            return CheckOutcome.Fail();
        }

        if (!rejected)
        {
            probe.Report($"the form at {page.Request.Url.PathAndQuery} was accepted ({answer.Status}) without its {token.Name} field",
                $"{withoutToken.Request.Line} without {token.Name} → {answer.Status}",
                ExchangeEvidence.Of(withoutToken, ["Cookie"], ["Location"], withBody: true));
            return CheckOutcome.Fail();
        }

        // The same POST with its token must not be rejected the same way, or the rejection proves nothing.
        if (form.IsLogin) session.CountLoginPost();
        var withToken = await Submit(session, form, page, jar, omitToken: false, cancellation);
        if (withToken.Response is { Status: 400 or 403 } control)
            return CheckOutcome.Manual($"the form is rejected with and without its token ({answer.Status}, {control.Status}): cannot tell CSRF protection from another refusal");
        return CheckOutcome.Pass($"{withoutToken.Request.Line} without {token.Name} → {answer.Status}; with it → {withToken.Response?.Status.ToString() ?? withToken.Error}");
    }

    private static async Task<(CookieJar Jar, HtmlForm? Form, ProbeExchange? Page)> FindFormAsync(ProbeSession session, CancellationToken cancellation)
    {
        var login = await session.LoginAsync();
        var pages = new[] { login is { IsApi: false } ? login.PageUrl.PathAndQuery : null }.OfType<string>()
            .Concat(session.Hints.FormPaths).Append(session.Scope.Target.PathAndQuery).Distinct();
        foreach (var path in pages)
        {
            var jar = new CookieJar();
            var page = await session.Client.SendAsync(ProbeRequest.Get(session.Resolve(path), new HttpHeader("Accept", ObservatoryRetriever.Accept)), jar, cancellation);
            if (page.Response is not { Status: 200 } response) continue;
            var form = HtmlForm.Parse(response.Body, page.Request.Url).Where(f => f.IsPost && session.Scope.Allows(f.Action))
                .OrderByDescending(f => f.IsLogin).FirstOrDefault();
            if (form is not null) return (jar, form, page);
        }
        return (new CookieJar(), null, null);
    }

    private static Task<ProbeExchange> Submit(ProbeSession session, HtmlForm form, ProbeExchange page, CookieJar jar, bool omitToken, CancellationToken cancellation)
    {
        var omit = omitToken && form.CsrfToken is { } token ? new HashSet<string> { token.Name } : null;
        return session.Client.SendAsync(new ProbeRequest(HttpMethod.Post, form.Action,
            new HeaderList([new HttpHeader("Referer", page.Request.Url.AbsoluteUri)]), form.Submission(omit: omit)), jar, cancellation);
    }
}
