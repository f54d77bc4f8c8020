using System.Collections.Immutable;
using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// One route of the app: Flask <c>@app.route</c>/<c>@bp.get</c>/<c>add_url_rule</c>, FastAPI
/// <c>@router.post</c>, Django <c>path()</c>/<c>re_path()</c>.
/// </summary>
/// <param name="Path">The path as written, with its blueprint or router prefix when declared in the same file.</param>
/// <param name="Methods">Upper-case HTTP methods (Flask's default is GET; Django: those the view accepts, empty when its definition was not found).</param>
/// <param name="Handler">The view function's name (Django: the view expression).</param>
/// <param name="HandlerLocation">The handler's <c>def</c> (Django: the view's <c>def</c> or <c>class</c>, else the <c>path()</c> call).</param>
/// <param name="Router">The app, blueprint or router variable the route is declared on (Django: the qualified <c>urlpatterns</c> of its urls module).</param>
/// <param name="Auth">How the route requires authentication (e.g. "@login_required", "Depends(get_current_user)"), or null when nothing was seen.</param>
/// <param name="RateLimits">Per-route limits as written ("5 per minute"), with their locations.</param>
/// <param name="CsrfExempt">Where the route is exempted from CSRF protection, or null.</param>
/// <param name="RateLimitExempt">True when the route is exempted from the default limits.</param>
/// <param name="View">Django: the qualified name of the view function or class the route names; <see cref="DjangoRouteJoin"/> fills <see cref="Methods"/>, <see cref="Auth"/> and <see cref="HandlerLocation"/> from it.</param>
public sealed record RouteFact(
    Framework Framework,
    string Path,
    ImmutableArray<string> Methods,
    string Handler,
    Location HandlerLocation,
    string Router,
    string? Auth,
    ImmutableArray<RateLimitFact> RateLimits,
    Location? CsrfExempt,
    bool RateLimitExempt,
    string? View = null)
{
    private static readonly string[] StateChanging = ["POST", "PUT", "PATCH", "DELETE"];

    public bool IsStateChanging => Methods.Any(m => StateChanging.Contains(m));

    public override string ToString() =>
        $"{string.Join(",", Methods)} {Path} -> {Handler} ({HandlerLocation}) on {Router}"
        + $"; auth: {Auth ?? "none seen"}"
        + (RateLimits.IsEmpty ? "" : "; limits: " + string.Join(", ", RateLimits.Select(l => l.Text)))
        + (CsrfExempt is null ? "" : "; csrf-exempt")
        + (RateLimitExempt ? "; limit-exempt" : "");
}
