using Shipshape.Model;

namespace Shipshape.Facts.General;

/// <summary>An upload extension allow-list as written: <c>ALLOWED_EXTENSIONS = {'png', 'jpg'}</c> (a module constant or a configuration setting).</summary>
/// <param name="Name">The name it is assigned to.</param>
/// <param name="Extensions">The extensions, as written (with or without a leading dot).</param>
public sealed record UploadAllowListFact(string Name, IReadOnlyList<string> Extensions, Location Location)
{
    public override string ToString() => $"{Name} = {string.Join(", ", Extensions)} at {Location}";
}
