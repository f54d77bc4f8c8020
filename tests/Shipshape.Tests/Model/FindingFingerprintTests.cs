using Shipshape.Model;

namespace Shipshape.Tests.Model;

public sealed class FindingFingerprintTests
{
    [Fact]
    public void Reindenting_the_snippet_keeps_the_fingerprint()
    {
        Assert.Equal(
            FindingFingerprint.Compute("DBG001", "app.py", "app.run(debug=True)"),
            FindingFingerprint.Compute("DBG001", "app.py", "    app.run( debug=True)".Replace("( ", "(")));
        Assert.Equal(
            FindingFingerprint.Compute("ERR001", "app.py", "except:\n    pass"),
            FindingFingerprint.Compute("ERR001", "app.py", "except:\n\tpass  "));
    }

    [Fact]
    public void Rule_path_and_code_each_change_the_fingerprint()
    {
        var reference = FindingFingerprint.Compute("DBG001", "app.py", "app.run(debug=True)");

        Assert.NotEqual(reference, FindingFingerprint.Compute("DBG003", "app.py", "app.run(debug=True)"));
        Assert.NotEqual(reference, FindingFingerprint.Compute("DBG001", "wsgi.py", "app.run(debug=True)"));
        Assert.NotEqual(reference, FindingFingerprint.Compute("DBG001", "app.py", "app.run(debug=False)"));
    }
}
