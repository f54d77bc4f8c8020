namespace Shipshape.Model;

/// <summary>Things the scan itself has to say about its inputs.</summary>
public enum DiagnosticKind
{
    /// <summary>A rule threw on a file; its other files and the other rules went on.</summary>
    InternalError,
    /// <summary>A front end could not fully parse a file (it still produced what it could).</summary>
    ParseError,
    /// <summary>A suppression comment without a reason, an unknown rule id in it, or similar.</summary>
    Warning,
}

public static class DiagnosticKindExtensions
{
    public static string Id(this DiagnosticKind kind) => kind switch
    {
        DiagnosticKind.InternalError => "internal-error",
        DiagnosticKind.ParseError => "parse-error",
        _ => "warning",
    };
}
