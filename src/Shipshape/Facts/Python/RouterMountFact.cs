using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>
/// A blueprint or router mounted on another: <c>app.register_blueprint(bp, url_prefix='/x')</c>,
/// <c>app.include_router(router, prefix='/api')</c>. <paramref name="Parent"/> and <paramref name="Child"/>
/// are qualified as "module.variable" (the child as the import resolved it).
/// </summary>
public sealed record RouterMountFact(string Parent, string Child, string Prefix, Location Location)
{
    public override string ToString() => $"{Child} mounted on {Parent} at '{Prefix}' ({Location})";
}
