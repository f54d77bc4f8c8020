using Shipshape.Model;
using Shipshape.Probe.Html;
using Shipshape.Probe.Http;
using Shipshape.Probe.Observatory;

namespace Shipshape.Probe;

/// <summary>
/// Where the app takes credentials: a page with a password form (submitted as a form, with its
/// hidden fields and the cookies of the page), or a POST-only endpoint that answers GET with 405
/// (an API, sent JSON).
/// </summary>
public sealed record LoginEndpoint(Uri PageUrl, bool IsApi)
{
    /// <summary>Common login paths of Flask, Django and FastAPI apps, tried after the user's and the static scan's.</summary>
    public static readonly string[] CommonPaths =
    [
        "/login", "/login/", "/accounts/login/", "/auth/login", "/signin", "/user/login", "/admin/login/",
        "/api/login", "/token", "/api/token", "/auth/token",
    ];

    public static async Task<LoginEndpoint?> FindAsync(ProbeSession session, CancellationToken cancellation)
    {
        var candidates = new[] { session.Options.LoginPath }.OfType<string>()
            .Concat(session.Hints.LoginCandidates).Concat(CommonPaths).Distinct().ToList();
        foreach (var path in candidates)
        {
            var page = await session.GetOnceAsync(path, cancellation);
            if (page.Response is not { } response) continue;
            if (response.Status == 200 && HtmlForm.Parse(response.Body, page.Request.Url).Any(f => f.IsPost && f.IsLogin))
                return new LoginEndpoint(page.Request.Url, IsApi: false);
            if (response.Status == 405) return new LoginEndpoint(page.Request.Url, IsApi: true);
        }
        return null;
    }

    /// <summary>
    /// A fresh login attempt's preparation: for a form, GET the page with a new cookie jar and return
    /// its login form; for an API, nothing to fetch.
    /// </summary>
    public async Task<LoginAttempt?> PrepareAsync(ProbeSession session, CancellationToken cancellation)
    {
        var jar = new CookieJar();
        if (IsApi) return new LoginAttempt(this, jar, null, null);
        var page = await session.Client.SendAsync(ProbeRequest.Get(PageUrl, new HttpHeader("Accept", ObservatoryRetriever.Accept)), jar, cancellation);
        var form = page.Response is { Status: 200 } response
            ? HtmlForm.Parse(response.Body, PageUrl).FirstOrDefault(f => f.IsPost && f.IsLogin)
            : null;
        return form is null ? null : new LoginAttempt(this, jar, form, page);
    }
}

/// <summary>One prepared login: the cookie jar from fetching the form, the form, and that fetch.</summary>
public sealed record LoginAttempt(LoginEndpoint Endpoint, CookieJar Jar, HtmlForm? Form, ProbeExchange? FormPage)
{
    /// <summary>
    /// POSTs credentials: as the form would (its hidden fields, so its CSRF token, unless
    /// <paramref name="withoutToken"/>), or as JSON for an API.
    /// </summary>
    public Task<ProbeExchange> PostAsync(ProbeSession session, string username, string password, bool withoutToken, CancellationToken cancellation)
    {
        session.CountLoginPost();
        if (Form is null)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(new { username, password });
            return session.Client.SendAsync(new ProbeRequest(HttpMethod.Post, Endpoint.PageUrl,
                HeaderList.Empty, JsonBody: json), Jar, cancellation);
        }
        var overrides = new Dictionary<string, string>();
        if (Form.UsernameField is { } user) overrides[user.Name] = username;
        if (Form.PasswordField is { } pass) overrides[pass.Name] = password;
        var omit = withoutToken && Form.CsrfToken is { } token ? new HashSet<string> { token.Name } : null;
        return session.Client.SendAsync(new ProbeRequest(HttpMethod.Post, Form.Action, new HeaderList(
            [new HttpHeader("Referer", Endpoint.PageUrl.AbsoluteUri), new HttpHeader("Origin", Endpoint.PageUrl.GetLeftPart(UriPartial.Authority))]),
            Form.Submission(overrides, omit)), Jar, cancellation);
    }
}
