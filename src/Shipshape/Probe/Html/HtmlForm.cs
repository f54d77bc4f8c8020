using AngleSharp.Html.Parser;

namespace Shipshape.Probe.Html;

/// <summary>A form field as the page serves it.</summary>
public sealed record FormField(string Name, string Type, string Value)
{
    public bool IsHidden => Type == "hidden";
    public bool IsPassword => Type == "password";
}

/// <summary>
/// An HTML form: where and how it submits, and its named fields. Knows which field carries an
/// anti-CSRF token (a hidden field named like csrf_token, csrfmiddlewaretoken, _token, authenticity_token).
/// </summary>
public sealed record HtmlForm(Uri Action, string Method, IReadOnlyList<FormField> Fields)
{
    private static readonly string[] TokenNameParts = ["csrf", "xsrf", "authenticity_token", "_token"];

    public bool IsPost => Method == "POST";
    public bool IsLogin => Fields.Any(f => f.IsPassword);

    public FormField? CsrfToken => Fields.FirstOrDefault(f =>
        f.IsHidden && TokenNameParts.Any(p => f.Name.Contains(p, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// The values to submit: hidden fields as served, other fields filled with harmless probe
    /// values, overrides applied, the fields named in <paramref name="omit"/> left out.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Submission(
        IReadOnlyDictionary<string, string>? overrides = null, IReadOnlySet<string>? omit = null) =>
        Fields.Where(f => omit is null || !omit.Contains(f.Name))
              .Select(f => new KeyValuePair<string, string>(f.Name,
                  overrides is not null && overrides.TryGetValue(f.Name, out var value) ? value
                  : f.IsHidden ? f.Value
                  : f.IsPassword ? "shipshape-probe-wrong-password"
                  : "shipshape-probe"))
              .ToArray();

    /// <summary>The username-like field of a login form: the first visible text field.</summary>
    public FormField? UsernameField => Fields.FirstOrDefault(f => !f.IsHidden && !f.IsPassword && f.Type is "text" or "email");

    public FormField? PasswordField => Fields.FirstOrDefault(f => f.IsPassword);

    /// <summary>Every form of a page; actions are resolved against <paramref name="pageUrl"/>.</summary>
    public static IReadOnlyList<HtmlForm> Parse(string html, Uri pageUrl)
    {
        var document = new HtmlParser().ParseDocument(html);
        var forms = new List<HtmlForm>();
        foreach (var form in document.QuerySelectorAll("form"))
        {
            var action = form.GetAttribute("action");
            if (!Uri.TryCreate(pageUrl, string.IsNullOrWhiteSpace(action) ? pageUrl.PathAndQuery : action.Trim(), out var target)) continue;
            var method = (form.GetAttribute("method") ?? "get").Trim().ToUpperInvariant();
            var fields = form.QuerySelectorAll("input, textarea, select")
                .Where(e => !string.IsNullOrEmpty(e.GetAttribute("name")))
                .Where(e => (e.GetAttribute("type") ?? "").ToLowerInvariant() is not ("submit" or "button" or "image" or "reset" or "file"))
                .Select(e => new FormField(
                    e.GetAttribute("name")!,
                    e.LocalName == "input" ? (e.GetAttribute("type") ?? "text").Trim().ToLowerInvariant() : e.LocalName,
                    e.GetAttribute("value") ?? ""))
                .ToArray();
            forms.Add(new HtmlForm(target, method, fields));
        }
        return forms;
    }
}
