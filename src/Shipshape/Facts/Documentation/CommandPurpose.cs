namespace Shipshape.Facts.Documentation;

/// <summary>What a command documented in a README does.</summary>
public enum CommandPurpose
{
    /// <summary><c>pip install</c>, <c>poetry install</c>, <c>uv sync</c>.</summary>
    Install,

    /// <summary><c>alembic upgrade</c>, <c>flask db upgrade</c>, <c>manage.py migrate</c>.</summary>
    Migrate,

    /// <summary><c>cp .env.example .env</c>, <c>export NAME=…</c>.</summary>
    EnvironmentSetup,

    /// <summary><c>python app.py</c>, <c>flask run</c>, <c>manage.py runserver</c>, a server with <c>--reload</c>.</summary>
    DevelopmentServer,

    /// <summary>gunicorn, uvicorn, hypercorn or waitress without auto-reload.</summary>
    ProductionServer,

    /// <summary>Containers and deployment tools: <c>docker</c>, <c>docker compose</c>, <c>kubectl</c>, <c>heroku</c>, a Dockerfile.</summary>
    Deploy,
}

public static class CommandPurposes
{
    /// <summary>Commands that show how the app runs in production.</summary>
    public static bool IsDeployment(this CommandPurpose purpose) => purpose is CommandPurpose.ProductionServer or CommandPurpose.Deploy;

    public static string Id(this CommandPurpose purpose) => purpose switch
    {
        CommandPurpose.Install => "install",
        CommandPurpose.Migrate => "migrate",
        CommandPurpose.EnvironmentSetup => "environment-setup",
        CommandPurpose.DevelopmentServer => "development-server",
        CommandPurpose.ProductionServer => "production-server",
        _ => "deploy",
    };
}
