using System.Text;

namespace Shipshape.Python.Parsing;

/// <summary>Identifier normalization: CPython applies NFKC to every non-ASCII identifier.</summary>
internal static class Identifiers
{
    public static string Normalize(string name)
    {
        try
        {
            return name.IsNormalized(NormalizationForm.FormKC) ? name : name.Normalize(NormalizationForm.FormKC);
        }
        catch (Exception e) when (e is ArgumentException or PlatformNotSupportedException)
        {
            // Lone surrogates or no normalization data: keep the name as written.
            return name;
        }
    }
}
