namespace Shipshape.Bench;

/// <summary>A bad command line; the message is shown as is, with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>Reads the bench commands' arguments.</summary>
internal static class Options
{
    public static string Folder(string path) =>
        Directory.Exists(path) ? path : throw new UsageException($"no such folder: {path}");

    /// <summary>The positive whole number after <paramref name="name"/>, or <paramref name="fallback"/>.</summary>
    public static int Integer(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return fallback;
        }

        if (at + 1 >= args.Length || !int.TryParse(args[at + 1], out var value) || value < 1)
        {
            throw new UsageException($"{name} needs a positive whole number");
        }

        return value;
    }
}
