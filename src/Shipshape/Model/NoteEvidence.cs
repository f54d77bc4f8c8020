namespace Shipshape.Model;

/// <summary>A sentence explaining what was searched for or measured.</summary>
public sealed record NoteEvidence(string Text) : Evidence;
