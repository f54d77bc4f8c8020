using Shipshape.Bench;

// Benchmark harness: measures and prints, never asserts. See bench/README.md.
try
{
    return args switch
    {
        ["pyast-diff", var folder, .. var rest] => PyAstDiffCommand.Run(Options.Folder(folder), rest),
        ["parse", var folder, .. var rest] => ParseCommand.Run(Options.Folder(folder), rest),
        ["scan", var folder, .. var rest] => ScanCommand.Run(Options.Folder(folder), rest),
        _ => Usage(),
    };
}
catch (UsageException error)
{
    Console.Error.WriteLine($"{args[0]}: {error.Message}");
    return 2;
}
catch (InvalidOperationException error)
{
    // python3 missing or pyast_dump.py failing.
    Console.Error.WriteLine($"{args[0]}: {error.Message}");
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Shipshape.Bench pyast-diff DIR [--show N] [--workers N]");
    Console.Error.WriteLine("       Shipshape.Bench parse DIR [--threads N] [--runs R]");
    Console.Error.WriteLine("       Shipshape.Bench scan DIR [--runs R] [--only ID,ID]");
    return 2;
}
