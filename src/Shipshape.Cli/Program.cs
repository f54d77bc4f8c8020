using Shipshape.Cli;

return ShipshapeApp.Run(args, new CliConsole(Console.Out, Console.Error, Interactive: !Console.IsOutputRedirected));
