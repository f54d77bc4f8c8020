using System.Text;
using System.Text.RegularExpressions;

namespace Shipshape.Claims;

/// <summary>
/// Undoes UTF-8 text that was decoded in the wrong code page ("‚úÖ" is ✅ read as Mac Roman,
/// "游댮" is 🔴 read as Korean Johab (code page 1361, the CP949 family's table that maps these
/// bytes), "âœ…" is ✅ read as Windows-1252): each run of non-ASCII
/// characters is encoded back with a suspect code page and kept only when the bytes are valid UTF-8.
/// Legitimate text survives because it cannot be encoded back, or its bytes are not UTF-8.
/// </summary>
public static partial class MojibakeRepair
{
    // Mac Roman and Johab are what the seeds carry; CP949 and Windows-1252 are their common cousins.
    // Order only matters for runs valid in several, which has not been seen.
    private static readonly int[] SuspectCodePages = [10000, 1361, 949, 1252];

    private static readonly Lazy<Encoding[]> Suspects = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return SuspectCodePages
            .Select(cp => Encoding.GetEncoding(cp, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback))
            .ToArray();
    });

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string Repair(string text) =>
        NonAsciiRun().Replace(text, run => RepairRun(run.Value));

    private static string RepairRun(string run)
    {
        foreach (var encoding in Suspects.Value)
        {
            try
            {
                var repaired = StrictUtf8.GetString(encoding.GetBytes(run));
                if (repaired != run) return repaired;
            }
            catch (Exception e) when (e is EncoderFallbackException or DecoderFallbackException or ArgumentException)
            {
                // Not this code page: try the next one.
            }
        }
        return run;
    }

    [GeneratedRegex(@"[^\u0000-\u007F]+")]
    private static partial Regex NonAsciiRun();
}
