using Shipshape.Model;

namespace Shipshape.Facts.Documentation;

/// <summary>A command shown in a README's code (a block line or an inline span) and what it does.</summary>
/// <param name="Section">The heading it sits under, or null before the first heading.</param>
public sealed record DocumentedCommand(CommandPurpose Purpose, string Text, string? Section, Location Location)
{
    public override string ToString() => $"{Purpose.Id()}: `{Text}`{(Section is null ? "" : $" under \"{Section}\"")} at {Location}";
}
