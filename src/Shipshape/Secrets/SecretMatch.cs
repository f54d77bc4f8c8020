namespace Shipshape.Secrets;

/// <summary>
/// A secret found in text. <see cref="Offset"/> and <see cref="Length"/> locate the value (not the
/// whole match) in the text that was scanned. Never print <see cref="Value"/>: use <see cref="Masked"/>.
/// </summary>
public sealed record SecretMatch(string DetectorId, string Description, int Offset, int Length, string Value)
{
    public string Masked => SecretMask.Mask(Value);

    /// <summary>Keeps the value out of logs, debugger displays and accidental string formatting.</summary>
    public override string ToString() => $"{DetectorId} at {Offset}: {Masked}";
}
