using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>A call that starts the framework's development server (<c>app.run()</c>).</summary>
/// <param name="UnderMainGuard">Inside <c>if __name__ == '__main__':</c>.</param>
public sealed record DevServerFact(string Call, bool UnderMainGuard, Location Location)
{
    public override string ToString() => $"{Call}{(UnderMainGuard ? " under __main__" : "")} at {Location}";
}
