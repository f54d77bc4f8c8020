using Shipshape.Model;

namespace Shipshape.Facts.Python;

/// <summary>A protection seen in the code, with what it is (<paramref name="Detail"/>: the call or name) and where.</summary>
public sealed record ProtectionFact(ProtectionKind Kind, string Detail, Location Location)
{
    public override string ToString() => $"{Kind}: {Detail} at {Location}";
}
