using System.Collections.Immutable;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;
using Tuple = Shipshape.Python.Ast.Tuple;

namespace Shipshape.Facts.Python;

/// <summary>
/// Reads Django and DRF view definitions into <see cref="DjangoViewFact"/>s, one top-level
/// <c>def</c> or <c>class</c> at a time (the route collector hands them over as it walks the module).
/// </summary>
public static class DjangoViews
{
    private static readonly string[] Handlers = ["get", "post", "put", "patch", "delete"];
    private static readonly string[] StateChangingHandlers = ["post", "put", "patch", "delete"];

    // Reading these from a request means the view takes a body (a form post, an upload, JSON).
    private static readonly HashSet<string> BodyAttributes = new(StringComparer.Ordinal) { "POST", "FILES", "body", "data" };

    /// <summary>Modules that import Django or DRF: only their definitions can be views.</summary>
    public static bool ImportsDjango(SemanticModel semantics) =>
        semantics.Imports.Values.Any(v => v.StartsWith("django", StringComparison.Ordinal) || v.StartsWith("rest_framework", StringComparison.Ordinal));

    /// <summary>A module-level <c>def</c> whose first parameter is the request, or that carries a view decorator.</summary>
    public static void Function(FileContext file, SemanticModel semantics, PythonFunction function)
    {
        var decorators = function.Decorators.Select(d => (Decorator: d, Name: DecoratorName(d, semantics))).ToList();
        var request = function.Args.Args.FirstOrDefault()?.Name;
        var isView = request == "request" || decorators.Any(d => d.Name is "require_POST" or "require_GET" or "require_safe" or "require_http_methods" or "api_view");
        if (!isView || request is null) return;

        ImmutableArray<string>? declared = null;
        ImmutableArray<string>? permissions = null;
        var isRestFramework = false;
        foreach (var (decorator, name) in decorators)
        {
            var arguments = decorator is Call call ? call.Args : [];
            switch (name)
            {
                case "require_POST":
                    declared = ["POST"];
                    break;
                case "require_GET":
                    declared = ["GET"];
                    break;
                case "require_safe":
                    declared = ["GET", "HEAD"];
                    break;
                case "require_http_methods" when arguments.Length > 0 && StaticStrings.Of(arguments[0], semantics) is { } listed:
                    declared = [.. listed.Select(m => m.ToUpperInvariant())];
                    break;
                case "api_view":
                    isRestFramework = true;
                    declared = arguments.Length > 0 && StaticStrings.Of(arguments[0], semantics) is { } allowed ? [.. allowed.Select(m => m.ToUpperInvariant())] : ["GET"];
                    break;
                case "permission_classes" when arguments.Length > 0:
                    permissions = PermissionNames(arguments[0], semantics);
                    break;
            }
        }

        var auth = function.Decorators.Select(d => AuthMarkers.Decorator(d, semantics)).FirstOrDefault(a => a is not null)
                   ?? AuthMarkers.BodyCheck(function.Body, semantics);
        file.Facts.Add(FactKeys.DjangoViews, new DjangoViewFact(Qualified(file, function.Name), false, [],
            declared ?? MethodsFromBody(function.Body, request, semantics), null, auth, permissions, RateLimits(file, semantics, function.Decorators),
            CsrfExemption(file, semantics, function.Decorators), decorators.Any(d => d.Name == "login_not_required"), isRestFramework,
            file.LocationOf(function.Header)));
    }

    /// <summary>
    /// A module-level class based on a Django or DRF view class or mixin, or on a project class (which may
    /// be a view mixin: the join decides). Models, forms, admin and app classes are left out.
    /// </summary>
    public static void Class(FileContext file, PythonIndex index, ClassDef type)
    {
        var semantics = index.Semantics;
        var bases = type.Bases.Select(b => QualifiedName(file, semantics, b)).OfType<string>().ToImmutableArray();
        if (bases.IsEmpty || bases.All(b => DjangoViewBases.IsLibrary(b) && !DjangoViewBases.IsViewModule(b))) return;
        var methods = ImmutableArray.CreateBuilder<string>();
        ImmutableArray<string>? httpMethodNames = null;
        ImmutableArray<string>? permissions = null;
        var auth = type.DecoratorList.Select(d => MethodDecoratorAuth(d, semantics) ?? AuthMarkers.Decorator(d, semantics)).FirstOrDefault(a => a is not null);
        var limits = RateLimits(file, semantics, type.DecoratorList).ToBuilder();
        var csrfExempt = CsrfExemption(file, semantics, type.DecoratorList);
        foreach (var statement in type.Body)
        {
            if (index.FunctionDefinedBy(statement) is { } method)
            {
                if (Handlers.Contains(method.Name)) methods.Add(method.Name.ToUpperInvariant());
                if (method.Name == "dispatch" || StateChangingHandlers.Contains(method.Name)) limits.AddRange(RateLimits(file, semantics, method.Decorators));
                if (method.Name == "dispatch") csrfExempt ??= CsrfExemption(file, semantics, method.Decorators);
                // dispatch runs for every method; a decorated state-changing handler protects the methods that matter.
                if (method.Name == "dispatch" || StateChangingHandlers.Contains(method.Name))
                    auth ??= method.Decorators.Select(d => MethodDecoratorAuth(d, semantics)).FirstOrDefault(a => a is not null);
                continue;
            }

            var (target, value) = statement switch
            {
                Assign { Targets: [Name t], Value: var v } => (t.Id, v),
                AnnAssign { Target: Name t, Value: { } v } => (t.Id, v),
                _ => (null, null),
            };
            if (target == "http_method_names" && StaticStrings.Of(value!, semantics) is { } names)
                httpMethodNames = [.. names.Select(n => n.ToUpperInvariant())];
            else if (target == "permission_classes")
                permissions = PermissionNames(value!, semantics);
        }

        file.Facts.Add(FactKeys.DjangoViews, new DjangoViewFact(Qualified(file, type.Name), true, bases, methods.ToImmutable(),
            httpMethodNames, auth, permissions, limits.ToImmutable(), csrfExempt,
            type.DecoratorList.Any(d => DecoratorName(d is Call { Args: [var inner, ..] } wrapper && DecoratorName(wrapper, semantics) == "method_decorator" ? inner : d, semantics) == "login_not_required"),
            false, file.LocationOf(type.Range.Start, type.Range.Start + "class ".Length + type.Name.Length)));
    }

    /// <summary>
    /// The qualified name an expression refers to, made absolute: relative imports resolved against the
    /// file's package, a name no import binds qualified with the file's own module.
    /// </summary>
    public static string? QualifiedName(FileContext file, SemanticModel semantics, Expr expression)
    {
        if (semantics.QualifiedName(expression) is not { } name) return null;
        if (name.StartsWith('.')) return PythonModuleName.Absolute(file.Path, name);
        var root = expression;
        while (root is Attribute attribute) root = attribute.Value;
        return root is Name { Id: var head } && semantics.Imports.ContainsKey(head) ? name : Qualified(file, name);
    }

    private static string Qualified(FileContext file, string name) => PythonModuleName.Of(file.Path) + "." + name;

    private static string? DecoratorName(Expr decorator, SemanticModel semantics) =>
        semantics.QualifiedName(decorator is Call call ? call.Func : decorator)?.Split('.')[^1];

    // @method_decorator(login_required, name='dispatch'), @method_decorator([login_required, never_cache]).
    private static string? MethodDecoratorAuth(Expr decorator, SemanticModel semantics)
    {
        if (decorator is not Call call || DecoratorName(call, semantics) != "method_decorator" || call.Args.Length == 0) return null;
        var wrapped = call.Args[0] is List or Tuple ? ((call.Args[0] as List)?.Elts ?? ((Tuple)call.Args[0]).Elts) : [call.Args[0]];
        return wrapped.Select(w => AuthMarkers.Decorator(w, semantics)).FirstOrDefault(a => a is not null) is { } found ? $"method_decorator({found})" : null;
    }

    // @csrf_exempt, @method_decorator(csrf_exempt, name='dispatch').
    private static Model.Location? CsrfExemption(FileContext file, SemanticModel semantics, IEnumerable<Expr> decorators)
    {
        foreach (var decorator in decorators)
        {
            var exempted = decorator is Call { Args: [var inner, ..] } wrapper && DecoratorName(wrapper, semantics) == "method_decorator" ? inner : decorator;
            if (DecoratorName(exempted, semantics) == "csrf_exempt") return file.LocationOf(decorator.Range);
        }

        return null;
    }

    // django-ratelimit: @ratelimit(key='ip', rate='5/m'), also inside @method_decorator(ratelimit(...), name='post').
    private static ImmutableArray<RateLimitFact> RateLimits(FileContext file, SemanticModel semantics, IEnumerable<Expr> decorators)
    {
        var limits = ImmutableArray.CreateBuilder<RateLimitFact>();
        foreach (var decorator in decorators)
        {
            var limit = decorator is Call { Args: [Call inner, ..] } wrapper && DecoratorName(wrapper, semantics) == "method_decorator" ? inner : decorator;
            if (limit is Call call && DecoratorName(call, semantics) == "ratelimit" && call.Keyword("rate") is { } rate)
                limits.Add(RateLimitFact.Parse(semantics.StaticString(rate) ?? file.Python.Parsed.Text(rate.Range), "route", file.LocationOf(decorator.Range)));
        }

        return limits.ToImmutable();
    }

    private static ImmutableArray<string> PermissionNames(Expr value, SemanticModel semantics)
    {
        var items = value switch
        {
            List list => list.Elts,
            Tuple tuple => tuple.Elts,
            _ => [value],
        };
        return [.. items.Select(i => semantics.QualifiedName(i)?.Split('.')[^1] ?? "?")];
    }

    // GET, plus what request.method is compared with; GET and POST when the body is read; else GET.
    private static ImmutableArray<string> MethodsFromBody(IReadOnlyList<Stmt> body, string request, SemanticModel semantics)
    {
        var methods = new SortedSet<string>(StringComparer.Ordinal) { "GET" };
        var readsBody = false;
        foreach (var node in body.SelectMany(s => s.Descendants().Prepend(s)))
        {
            switch (node)
            {
                case Compare compare when IsRequestMethod(compare.Left, request) || compare.Comparators.Any(c => IsRequestMethod(c, request)):
                    foreach (var text in compare.Comparators.Prepend(compare.Left).SelectMany(e => StaticStrings.Of(e, semantics) ?? []))
                        methods.Add(text.ToUpperInvariant());
                    break;
                case Attribute { Attr: var attribute, Value: Name { Id: var owner } } when owner == request && BodyAttributes.Contains(attribute):
                    readsBody = true;
                    break;
            }
        }

        if (readsBody && methods.Count == 1) methods.Add("POST");
        return [.. methods];
    }

    private static bool IsRequestMethod(Expr expression, string request) =>
        expression is Attribute { Attr: "method", Value: Name { Id: var owner } } && owner == request;
}
