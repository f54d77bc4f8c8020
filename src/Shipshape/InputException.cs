namespace Shipshape;

/// <summary>
/// Bad input from the user (missing folder, malformed .shipshape.yml or baseline): the message is
/// one line meant for them, and the CLI turns it into exit code 2 without a stack trace.
/// </summary>
public sealed class InputException(string message) : Exception(message);
