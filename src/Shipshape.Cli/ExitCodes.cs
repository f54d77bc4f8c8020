namespace Shipshape.Cli;

/// <summary>The process exit codes of DESIGN.md.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the --fail-on gate.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the gate.</summary>
    public const int FindingsAtGate = 1;

    /// <summary>Usage or input error, explained in one line on stderr.</summary>
    public const int UsageError = 2;
}
