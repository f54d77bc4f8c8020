using Shipshape.Bench;

// Benchmark harness: measures and prints, never asserts. See bench/README.md.
return args switch
{
    ["pyast-diff", var folder, .. var rest] => PyAstDiffCommand.Run(folder, rest),
    ["parse", var folder, .. var rest] => ParseCommand.Run(folder, rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Shipshape.Bench pyast-diff DIR [--show N] [--workers N]");
    Console.Error.WriteLine("       Shipshape.Bench parse DIR [--threads N] [--runs R]");
    return 2;
}
