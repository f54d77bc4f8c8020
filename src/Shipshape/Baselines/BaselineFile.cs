using System.Text.Json;
using Shipshape.Reports;

namespace Shipshape.Baselines;

/// <summary>Reads and writes baseline files; a missing or malformed file is an <see cref="InputException"/>.</summary>
public static class BaselineFile
{
    public static Baseline Read(string path)
    {
        try
        {
            var baseline = JsonSerializer.Deserialize(File.ReadAllText(path), BaselineJsonContext.Default.Baseline);
            if (baseline?.Schema != Baseline.SchemaId || baseline.Findings is null || baseline.Findings.Any(e => e.Fingerprint is null || e.Count < 1))
                throw new InputException($"{path}: not a Shipshape baseline (expected \"schema\": \"{Baseline.SchemaId}\" and findings with fingerprint and count)");
            return baseline;
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: invalid baseline JSON: {e.Message.Split('\n')[0]}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"cannot read baseline {path}: {e.Message}");
        }
    }

    public static void Write(string path, Baseline baseline) =>
        AtomicFile.Write(path, JsonSerializer.Serialize(baseline, BaselineJsonContext.Default.Baseline) + "\n");
}
