using Shipshape.Facts;

namespace Shipshape.Claims.Figures;

/// <summary>
/// A figure stated in a claim that the code or configuration can confirm or contradict: a rate
/// limit, a password minimum or the characters a password must contain, a lockout, a connection pool, log rotation, an upload limit or
/// allow-list, a session or token lifetime. Each kind is one record in this folder with its own
/// reading of the text and its own comparison with the facts.
/// </summary>
public abstract record ClaimFigure
{
    /// <summary>Tried in order; the first that reads a figure names it. Specific contexts (lockout, pool, rotation) come before the generic ones.</summary>
    private static readonly Func<string, ClaimFigure?>[] Readers =
    [
        RateLimitFigure.Read, LockoutFigure.Read, PoolFigure.Read, LogRotationFigure.Read, UploadSizeFigure.Read,
        AllowedExtensionsFigure.Read, LifetimeFigure.Read, MinimumLengthFigure.Read, PasswordComplexityFigure.Read,
    ];

    /// <summary>The <see cref="ClaimLexicon"/> topic whose checks decide a claim stating this figure.</summary>
    public abstract string TopicId { get; }

    /// <summary>The figure in <paramref name="text"/>, or null when it states none this tool can compare.</summary>
    public static ClaimFigure? Parse(string text) => Readers.Select(read => read(text)).FirstOrDefault(f => f is not null);

    /// <summary>The claimed figure against the configured ones; null when the code configures none to compare with.</summary>
    public abstract FigureComparison? CompareWith(ProjectFacts facts);
}
