namespace Shipshape.Config.Servers;

/// <summary>What program serves the application, as far as the command line tells.</summary>
public enum ServerKind
{
    Gunicorn,
    Uvicorn,
    Hypercorn,
    Waitress,
    /// <summary><c>flask run</c>: Werkzeug's development server.</summary>
    FlaskRun,
    /// <summary><c>manage.py runserver</c> / <c>django-admin runserver</c>: Django's development server.</summary>
    DjangoRunserver,
    /// <summary><c>python app.py</c>: a script that usually starts the framework's development server itself.</summary>
    PythonScript,
}
