using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// Django's deploy checks' view of the production settings: middleware and apps installed, and a
/// setting's production value with Django's default when it is unset. Findings about an unset
/// setting point at line 1 of the production settings module, like <c>manage.py check --deploy</c>.
/// </summary>
public sealed class DjangoSettingsView(ProductionConfig config)
{
    public Location? Module => config.Location;

    public ConfigValueFact? Setting(string name) => config.Get(name);

    public bool HasMiddleware(string suffix) => List("MIDDLEWARE").Any(m => m.EndsWith(suffix, StringComparison.Ordinal));

    public bool HasApp(string name) => List("INSTALLED_APPS").Contains(name);

    /// <summary>True when the setting is set to a true value in production (an environment read counts by its default).</summary>
    public bool IsTrue(string name) => Setting(name)?.Value.WhenUnset?.IsTruthyLiteral == true;

    /// <summary>Where a finding about <paramref name="name"/> belongs: the setting's value when it is set, else the settings module.</summary>
    public Location? Where(string name) => Setting(name)?.Value.Location ?? Module;

    private IReadOnlyList<string> List(string name) =>
        Setting(name)?.Value is PythonValue.StringList list ? list.Items : [];
}
