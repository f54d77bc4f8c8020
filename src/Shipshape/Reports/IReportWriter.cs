using Shipshape.Model;

namespace Shipshape.Reports;

/// <summary>One output format: renders a whole report to text. One small class per format.</summary>
public interface IReportWriter
{
    /// <summary>The <c>--format</c> name ("json", "markdown", "sarif", ...).</summary>
    string Format { get; }

    string Write(Report report);
}
