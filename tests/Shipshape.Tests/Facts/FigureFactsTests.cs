using Shipshape.Facts;
using Shipshape.Facts.Python;
using Shipshape.Rules;
using Shipshape.Scanning;
using Shipshape.Settings;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Facts;

/// <summary>
/// The figures the collectors record for `verify` to compare, read from Fixtures/claims/figures-app:
/// products of literals, timedeltas, pool options, a rotating handler in a logging dictionary, an
/// extension allow-list and the two figures of a lockout (one read from a setting).
/// </summary>
public sealed class FigureFactsTests
{
    private static readonly string Root = TestPaths.Fixture("claims", "figures-app");
    private static readonly ProjectFacts Facts =
        Scanner.Scan(new ScanRequest(Root, Root, ShipshapeSettings.Default, RuleRegistry.Default, OnlyRules: new HashSet<string>())).Facts;

    private static PythonValue Setting(string name) => Facts.Get(FactKeys.ConfigValues).Single(v => v.Name == name).Value;

    [Fact]
    public void Products_of_literals_and_timedeltas_are_figures()
    {
        // int(os.environ.get('MAX_CONTENT_LENGTH', 16 * 1024 * 1024)): the default is the product.
        var limit = Assert.IsType<PythonValue.Environment>(Setting("MAX_CONTENT_LENGTH"));
        Assert.Equal(16 * 1024 * 1024, (long)limit.Default!.AsInteger!.Value);
        Assert.Equal(TimeSpan.FromDays(7), Assert.IsType<PythonValue.Duration>(Setting("PERMANENT_SESSION_LIFETIME")).Value);
    }

    [Fact]
    public void Engine_pool_options_keep_their_values()
    {
        var pool = Assert.Single(Facts.Get(FactKeys.EnginePools));
        Assert.Equal(["pool_size", "pool_pre_ping", "pool_recycle"], pool.Settings);
        Assert.Equal(1800, (long)pool.Values.Single(v => v.Name == "pool_recycle").Value.AsInteger!.Value);
    }

    [Fact]
    public void A_rotating_handler_in_a_logging_dictionary_is_recorded()
    {
        var rotation = Assert.Single(Facts.Get(FactKeys.LogRotations));
        Assert.Equal("logging.handlers.RotatingFileHandler", rotation.Handler);
        Assert.Equal(1024 * 1024, (long)rotation.Argument("maxBytes")!.Value.AsInteger!.Value);
        Assert.Equal(3, (long)rotation.Argument("backupCount")!.Value.AsInteger!.Value);
        Assert.Equal(("logging_config.py", 6), (rotation.Location.Path, rotation.Location.StartLine));
    }

    [Fact]
    public void The_extension_allow_list_is_recorded_as_written()
    {
        var list = Assert.Single(Facts.Get(FactKeys.UploadAllowLists));
        Assert.Equal("ALLOWED_EXTENSIONS", list.Name);
        Assert.Equal(["png", "jpg", "svg"], list.Extensions);
    }

    [Fact]
    public void A_lockout_has_its_threshold_and_its_duration_read_from_a_setting()
    {
        var figures = Facts.Get(FactKeys.LockoutFigures);
        var threshold = Assert.Single(figures, f => f.Kind == LockoutFigureKind.Threshold);
        Assert.Equal(">", threshold.Figure.Name);
        Assert.Equal(10, (long)threshold.Figure.Value.AsInteger!.Value); // MAX_FAILED_LOGINS, a module constant
        var duration = Assert.Single(figures, f => f.Kind == LockoutFigureKind.Duration);
        Assert.Equal("minutes", duration.Figure.Name);
        Assert.Equal("LOCKOUT_MINUTES", duration.Figure.Reference);
    }

    [Fact]
    public void A_password_check_records_the_characters_it_requires()
    {
        // validate_password: re.search(r'[A-Z]', password); the length test is not a character class.
        var rule = Assert.Single(Facts.Get(FactKeys.PasswordRules));
        Assert.Equal(("uppercase", "search('[A-Z]')", "auth.py"), (rule.Requirement, rule.Source, rule.Location.Path));
    }
}
