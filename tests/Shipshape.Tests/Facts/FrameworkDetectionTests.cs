using Shipshape.Facts;
using Shipshape.Scanning;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Facts;

public sealed class FrameworkDetectionTests
{
    [Fact]
    public void Dependency_lists_declare_frameworks_by_exact_package_name()
    {
        var result = Scanner.Scan(ScanRequest.For(TestPaths.Fixture("projects", "declared-frameworks")));
        var facts = result.Facts.Get(FactKeys.Frameworks);

        // flask appears only in a comment and as part of other names (Flask_WTF, flask-login): not a declaration.
        Assert.Equal(["django", "fastapi", "starlette"], result.Report.Frameworks);
        Assert.Contains(facts, f => f.Framework == Framework.FastApi && f.Location.Path == "pyproject.toml" && f.Location.StartLine == 3);
        Assert.Contains(facts, f => f.Framework == Framework.Django && f.Location.StartLine == 6 && f.Location.StartColumn == 1);
        Assert.Contains(facts, f => f.Framework == Framework.Starlette && f.Location.Path == "Pipfile");
        Assert.Contains(facts, f => f.Framework == Framework.Django && f.Source == "settings" && f.Location.Path == "settings.py"
            && f.Location.StartLine == 5);
    }
}
