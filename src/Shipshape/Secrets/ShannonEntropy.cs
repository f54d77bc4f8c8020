namespace Shipshape.Secrets;

/// <summary>Shannon entropy of a string in bits per character, over its own character frequencies.</summary>
public static class ShannonEntropy
{
    public static double Of(string value)
    {
        if (value.Length == 0)
            return 0;
        var counts = new Dictionary<char, int>();
        foreach (var c in value)
            counts[c] = counts.GetValueOrDefault(c) + 1;
        var entropy = 0.0;
        foreach (var count in counts.Values)
        {
            var p = (double)count / value.Length;
            entropy -= p * Math.Log2(p);
        }
        return entropy;
    }
}
