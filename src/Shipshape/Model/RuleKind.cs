namespace Shipshape.Model;

/// <summary>Static rules read code and configuration (001-099); dynamic checks probe a running app (101-199).</summary>
public enum RuleKind
{
    Static,
    Dynamic,
}
