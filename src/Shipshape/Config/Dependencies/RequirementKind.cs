namespace Shipshape.Config.Dependencies;

/// <summary>Where a requirement's code comes from.</summary>
public enum RequirementKind
{
    /// <summary>A package index (PyPI), chosen by name and version specifier.</summary>
    Registry,
    /// <summary>A version-control URL (<c>git+https://…</c>).</summary>
    Vcs,
    /// <summary>An archive or wheel URL.</summary>
    Url,
    /// <summary>A local directory or file (<c>.</c>, <c>./libs/x</c>, <c>path = "…"</c>).</summary>
    LocalPath,
}
