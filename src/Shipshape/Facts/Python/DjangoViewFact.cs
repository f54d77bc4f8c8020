using System.Collections.Immutable;
using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// A Django view as defined in its module, for <see cref="DjangoRouteJoin"/> to give <c>urls.py</c>
/// routes their methods and authentication: a function taking a request, or a class (a class-based
/// view, a mixin, a DRF view). Only what the definition itself says is recorded; inherited handlers,
/// mixins and permissions are followed by the join.
/// </summary>
/// <param name="Name">Qualified name: the module's dotted name and the <c>def</c>/<c>class</c> name.</param>
/// <param name="Bases">Classes: their bases' qualified names (a class of the same module qualified with it).</param>
/// <param name="Methods">
/// Functions: the methods the view accepts, from <c>@require_POST</c>/<c>@require_http_methods</c>/<c>@api_view</c>,
/// else GET plus the methods <c>request.method</c> is compared with, else GET and POST when it reads
/// <c>request.POST</c>/<c>FILES</c>/<c>body</c>, else GET. Classes: the handlers it defines (<c>def post</c> is POST).
/// </param>
/// <param name="HttpMethodNames">Classes: its own <c>http_method_names</c>, upper-case; null when it does not set them.</param>
/// <param name="Auth">Authentication on the definition itself: an auth decorator, <c>method_decorator(login_required)</c> on the class, <c>dispatch</c> or a state-changing handler, a <c>request.user</c> check in the body.</param>
/// <param name="Permissions">DRF <c>permission_classes</c> set on it (last name segments), or null when not set.</param>
/// <param name="RateLimits">django-ratelimit's <c>@ratelimit(rate=...)</c> on it (or through <c>method_decorator</c>).</param>
/// <param name="CsrfExempt">Where <c>@csrf_exempt</c> (or <c>method_decorator(csrf_exempt)</c> on the class or <c>dispatch</c>) exempts it, or null.</param>
/// <param name="IsPublic">Marked public with Django's <c>@login_not_required</c> (exempt from <c>LoginRequiredMiddleware</c>).</param>
/// <param name="IsRestFramework">A DRF function view (<c>@api_view</c>); classes are DRF views when a base is.</param>
/// <param name="Location">The <c>def name</c> or <c>class name</c>: where route findings point.</param>
public sealed record DjangoViewFact(
    string Name,
    bool IsClass,
    ImmutableArray<string> Bases,
    ImmutableArray<string> Methods,
    ImmutableArray<string>? HttpMethodNames,
    string? Auth,
    ImmutableArray<string>? Permissions,
    ImmutableArray<RateLimitFact> RateLimits,
    Location? CsrfExempt,
    bool IsPublic,
    bool IsRestFramework,
    Location Location)
{
    public override string ToString() =>
        $"{(IsClass ? "class" : "def")} {Name}" + (Bases.IsEmpty ? "" : $"({string.Join(", ", Bases)})")
        + $" methods {(Methods.IsEmpty ? "-" : string.Join(",", Methods))}"
        + (HttpMethodNames is { } names ? $" http_method_names {string.Join(",", names)}" : "")
        + $"; auth: {Auth ?? "none seen"}" + (Permissions is { } permissions ? $"; permission_classes [{string.Join(", ", permissions)}]" : "")
        + (RateLimits.IsEmpty ? "" : "; limits: " + string.Join(", ", RateLimits.Select(l => l.Text)))
        + (CsrfExempt is null ? "" : "; csrf-exempt")
        + (IsRestFramework ? "; DRF" : "") + $" at {Location}";
}
