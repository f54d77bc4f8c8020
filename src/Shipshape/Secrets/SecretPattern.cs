using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Shipshape.Secrets;

/// <summary>
/// One known credential format, kept as data in the DevSkim manner: the expression, the group that
/// holds the secret value (0 for the whole match), and examples that must and must not match,
/// which a test runs for every pattern.
/// </summary>
public sealed record SecretPattern(
    string Id,
    string Description,
    Regex Expression,
    int ValueGroup,
    ImmutableArray<string> MustMatch,
    ImmutableArray<string> MustNotMatch);
