namespace Shipshape.Model;

/// <summary>The header grade computed with Mozilla HTTP Observatory's algorithm (version 4).</summary>
public sealed record ObservatoryGrade(string Grade, int Score);
