using Shipshape.Discovery;
using Shipshape.Python.Ast;
using Shipshape.Python.Semantics;
using Shipshape.Python.Text;
using Shipshape.Rules;
using Shipshape.Rules.Python;
using Attribute = Shipshape.Python.Ast.Attribute;

namespace Shipshape.Facts.Python;

/// <summary>
/// Publishes configuration as written: <c>app.config[...]</c>, <c>app.config.update(...)</c>,
/// <c>app.debug</c>/<c>app.secret_key</c>, configuration classes and their attributes (pydantic
/// <c>BaseSettings</c> fields count as environment reads with a default), Django settings modules
/// (with their <c>from .base import *</c> chains), <c>from_object</c>/<c>from_pyfile</c> sources, and
/// Django's password validators.
/// </summary>
public sealed class PythonConfigCollector : IFactCollector
{
    private static readonly HashSet<string> DjangoMarkers = new(StringComparer.Ordinal) { "INSTALLED_APPS", "MIDDLEWARE", "ROOT_URLCONF" };

    public IReadOnlySet<FileKind> FileKinds { get; } = new HashSet<FileKind> { FileKind.Python };

    public void Collect(FileContext file)
    {
        var parsed = file.Python.Parsed;
        var index = file.Parsed<PythonIndex>();
        var semantics = index.Semantics;
        var values = new PythonValueReader(file);
        var module = PythonModuleName.Of(file.Path);

        if (IsDjangoSettings(file.Path, parsed.Module)) DjangoSettings(file, values, module);
        var branches = new List<TextRange>();
        foreach (var scoped in index.Nodes)
        {
            switch (scoped.Node)
            {
                case If branch:
                    branches.Add(branch.Range); // nodes come in source order, so an if is seen before what it guards
                    break;
                case ClassDef type when scoped.Function is null:
                    ConfigClass(file, semantics, values, type);
                    break;
                case Assign { Targets: [var target], Value: var value }:
                    AppConfigAssignment(file, values, target, value, branches);
                    break;
                case Call { Func: Attribute { Attr: var method, Value: Attribute { Attr: "config", Value: var app } } } call:
                    AppConfigCall(file, semantics, values, module, scoped, call, method, app);
                    break;
            }
        }
    }

    private static void AppConfigAssignment(FileContext file, PythonValueReader values, Expr target, Expr value, List<TextRange> branches)
    {
        switch (target)
        {
            case Subscript { Value: Attribute { Attr: "config", Value: var app }, Slice: var key } when file.Python.Semantics.StaticString(key) is { } name:
                Publish(file, name, ConfigScopeKind.AppConfig, Describe(file, app), values.Read(value), target, InsideAny(branches, target.Range));
                break;
            case Attribute { Attr: var attribute and ("debug" or "secret_key" or "testing"), Value: Name app } when app.Id.Contains("app", StringComparison.OrdinalIgnoreCase):
                Publish(file, attribute.ToUpperInvariant(), ConfigScopeKind.AppConfig, app.Id, values.Read(value), target, InsideAny(branches, target.Range));
                break;
        }
    }

    private static void AppConfigCall(FileContext file, SemanticModel semantics, PythonValueReader values, string module,
        ScopedNode scoped, Call call, string method, Expr app)
    {
        switch (method)
        {
            case "update":
                foreach (var keyword in call.Keywords)
                    if (keyword.Arg is { } name) Publish(file, name, ConfigScopeKind.AppConfig, Describe(file, app), values.Read(keyword.Value), keyword);
                if (call.Args is [Dict dict])
                    for (var i = 0; i < dict.Keys.Length; i++)
                        if (dict.Keys[i] is { } key && semantics.StaticString(key) is { } name)
                            Publish(file, name, ConfigScopeKind.AppConfig, Describe(file, app), values.Read(dict.Values[i]), key);
                break;
            case "from_object" or "from_pyfile" or "from_envvar" or "from_prefixed_env" when call.Args.Length > 0 || method == "from_prefixed_env":
                var target = call.Args.Length > 0 ? ObjectName(semantics, call.Args[0], scoped.Function) : "FLASK_*";
                file.Facts.Add(FactKeys.ConfigSources, new ConfigSourceFact(method.Replace("from_", ""), target, module, file.LocationOf(call.Range)));
                break;
        }
    }

    // from_object(ProductionConfig), from_object('config.ProductionConfig'), from_object(config_class) with a default.
    private static string ObjectName(SemanticModel semantics, Expr argument, PythonFunction? function)
    {
        if (semantics.StaticString(argument) is { } text) return text.Split('.')[^1];
        if (argument is Name name && function is not null)
        {
            var args = function.Args.Args;
            var index = args.ToList().FindIndex(a => a.Name == name.Id);
            var firstDefault = args.Length - function.Args.Defaults.Length;
            if (index >= firstDefault && index >= 0) return ObjectName(semantics, function.Args.Defaults[index - firstDefault], null);
        }

        return semantics.QualifiedName(argument)?.Split('.')[^1] ?? "?";
    }

    private static void ConfigClass(FileContext file, SemanticModel semantics, PythonValueReader values, ClassDef type)
    {
        var settings = new List<(string Name, Expr Value, Node Target)>();
        foreach (var statement in type.Body)
        {
            switch (statement)
            {
                case Assign { Targets: [Name target], Value: var value } when IsSettingName(target.Id):
                    settings.Add((target.Id, value, target));
                    break;
                case AnnAssign { Target: Name target, Value: { } value } when IsSettingName(target.Id):
                    settings.Add((target.Id, value, target));
                    break;
            }
        }

        var bases = type.Bases.Select(b => semantics.QualifiedName(b) ?? "").ToList();
        var environmentSettings = bases.Any(b => b.EndsWith("BaseSettings", StringComparison.Ordinal));
        // Model classes have upper-case constants too (STATUS_CHOICES): only classes named or based like configuration count.
        var named = type.Name.Contains("config", StringComparison.OrdinalIgnoreCase) || type.Name.Contains("settings", StringComparison.OrdinalIgnoreCase)
            || bases.Any(b => b.Split('.')[^1].Contains("Config", StringComparison.Ordinal));
        if (settings.Count == 0 || !(named || environmentSettings)) return;
        file.Facts.Add(FactKeys.ConfigClasses, new ConfigClassFact(type.Name, [.. bases.Select(b => b.Split('.')[^1])], environmentSettings,
            file.LocationOf(type.Range.Start, type.Range.Start + "class ".Length + type.Name.Length)));
        foreach (var (name, value, target) in settings)
        {
            var read = values.Read(value);
            // A BaseSettings field is read from the environment first; the literal is only the default.
            if (environmentSettings && read is not PythonValue.Environment) read = new PythonValue.Environment(name, read, read.Location);
            Publish(file, name, ConfigScopeKind.ConfigClass, type.Name, read, target);
        }
    }

    private static void DjangoSettings(FileContext file, PythonValueReader values, string module)
    {
        var semantics = file.Python.Semantics;
        foreach (var statement in file.Python.Parsed.Module.Body)
        {
            switch (statement)
            {
                case Assign { Targets: [Name target], Value: var value } when IsSettingName(target.Id):
                    Publish(file, target.Id, ConfigScopeKind.DjangoSettings, module, values.Read(value), target);
                    if (target.Id == "AUTH_PASSWORD_VALIDATORS") PasswordValidators(file, semantics, value);
                    if (target.Id == "REST_FRAMEWORK") RestFrameworkPermissions(file, semantics, values, module, value);
                    break;
                case ImportFrom { Names: [{ Name: "*" }] } star:
                    var imported = Resolve(module, star.Level, star.Module ?? "");
                    file.Facts.Add(FactKeys.ConfigSources, new ConfigSourceFact("star-import", imported, module, file.LocationOf(star.Range)));
                    break;
            }
        }
    }

    // REST_FRAMEWORK = {'DEFAULT_PERMISSION_CLASSES': [...]}: what DRF views that set no permission_classes require.
    private static void RestFrameworkPermissions(FileContext file, SemanticModel semantics, PythonValueReader values, string module, Expr value)
    {
        if (value is not Dict dict) return;
        for (var i = 0; i < dict.Keys.Length; i++)
            if (dict.Keys[i] is { } key && semantics.StaticString(key) == "DEFAULT_PERMISSION_CLASSES")
                Publish(file, DjangoRouteJoin.DefaultPermissionSetting, ConfigScopeKind.DjangoSettings, module, values.Read(dict.Values[i]), key);
    }

    // Django's MinimumLengthValidator: min_length from OPTIONS, 8 when not given.
    private static void PasswordValidators(FileContext file, SemanticModel semantics, Expr value)
    {
        if (value is not List { Elts: var validators }) return;
        foreach (var validator in validators.OfType<Dict>())
        {
            var fields = validator.Keys.Select((k, i) => (Key: k is null ? null : semantics.StaticString(k), Value: validator.Values[i])).ToList();
            if (!fields.Any(f => f.Key == "NAME" && semantics.StaticString(f.Value)?.EndsWith("MinimumLengthValidator", StringComparison.Ordinal) == true)) continue;
            var options = fields.FirstOrDefault(f => f.Key == "OPTIONS").Value as Dict;
            var minimum = options?.Keys.Select((k, i) => (Key: k is null ? null : semantics.StaticString(k), Value: options.Values[i]))
                .FirstOrDefault(o => o.Key == "min_length").Value;
            if (minimum is not null && semantics.StaticValue(minimum) is ConstantValue.IntValue number)
                file.Facts.Add(FactKeys.PasswordPolicies, new PasswordPolicyFact((int)number.Value, "django MinimumLengthValidator", file.LocationOf(minimum.Range)));
            else if (minimum is null)
                file.Facts.Add(FactKeys.PasswordPolicies, new PasswordPolicyFact(8, "django MinimumLengthValidator (default)", file.LocationOf(validator.Range)));
        }
    }

    private static bool IsDjangoSettings(string path, Module module) =>
        module.Body.Any(s => s is Assign { Targets: [Name target] } && DjangoMarkers.Contains(target.Id))
        || path.Split('/').Any(segment => segment is "settings" or "settings.py")
            && module.Body.Any(s => s is ImportFrom { Names: [{ Name: "*" }] } or Assign { Targets: [Name { Id: "SECRET_KEY" or "DEBUG" or "ALLOWED_HOSTS" }] });

    private static string Resolve(string module, int level, string relative)
    {
        if (level == 0) return relative;
        var parts = module.Split('.').ToList();
        var package = parts.Take(Math.Max(0, parts.Count - level)).ToList();
        if (relative.Length > 0) package.Add(relative);
        return string.Join('.', package);
    }

    private static bool IsSettingName(string name) =>
        name.Length > 1 && name.Any(char.IsLetter) && name.All(c => char.IsUpper(c) || char.IsDigit(c) || c == '_') && !name.StartsWith('_');

    private static string Describe(FileContext file, Expr app) => file.Python.Parsed.Text(app.Range);

    // Asked only for assignments that are published, not for every assignment of a module.
    private static bool InsideAny(List<TextRange> branches, TextRange range)
    {
        foreach (var branch in branches)
        {
            if (branch.Contains(range)) return true;
        }

        return false;
    }

    private static void Publish(FileContext file, string name, ConfigScopeKind kind, string scope, PythonValue value, Node target, bool conditional = false) =>
        file.Facts.Add(FactKeys.ConfigValues, new ConfigValueFact(name, kind, scope, value, file.LocationOf(target.Range)) { Conditional = conditional });
}
