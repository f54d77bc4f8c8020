namespace Shipshape.Facts;

/// <summary>A web framework the scan recognises.</summary>
public enum Framework
{
    Flask,
    FastApi,
    Starlette,
    Django,
}

public static class FrameworkExtensions
{
    public static string Id(this Framework framework) => framework switch
    {
        Framework.Flask => "flask",
        Framework.FastApi => "fastapi",
        Framework.Starlette => "starlette",
        _ => "django",
    };

    /// <summary>The framework a distribution or top-level module name stands for ("Flask", "fastapi", "django").</summary>
    public static Framework? FromPackageName(string name) => name.Trim().ToLowerInvariant().Replace('_', '-') switch
    {
        "flask" => Framework.Flask,
        "fastapi" => Framework.FastApi,
        "starlette" => Framework.Starlette,
        "django" => Framework.Django,
        _ => null,
    };
}
