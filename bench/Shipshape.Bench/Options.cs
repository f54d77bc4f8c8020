namespace Shipshape.Bench;

/// <summary>Reads <c>--name value</c> integer options of the bench commands.</summary>
internal static class Options
{
    public static int Integer(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return fallback;
        }

        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], out var value) || value < 1)
        {
            throw new ArgumentException($"{name} needs a positive whole number");
        }

        return value;
    }
}
