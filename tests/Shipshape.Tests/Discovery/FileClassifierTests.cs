using Shipshape.Discovery;

namespace Shipshape.Tests.Discovery;

public sealed class FileClassifierTests
{
    [Theory]
    [InlineData("app.py", FileKind.Python)]
    [InlineData("pkg/views.py", FileKind.Python)]
    [InlineData("gunicorn.conf.py", FileKind.GunicornConfig)]
    [InlineData("deploy/gunicorn_config.py", FileKind.GunicornConfig)]
    [InlineData("templates/base.html", FileKind.Template)]
    [InlineData("templates/mail.txt.j2", FileKind.Template)]
    [InlineData("Dockerfile", FileKind.Dockerfile)]
    [InlineData("docker/Dockerfile.prod", FileKind.Dockerfile)]
    [InlineData("api.Dockerfile", FileKind.Dockerfile)]
    [InlineData("docker-compose.yml", FileKind.Compose)]
    [InlineData("compose.prod.yaml", FileKind.Compose)]
    [InlineData(".env", FileKind.Env)]
    [InlineData(".env.production", FileKind.Env)]
    [InlineData(".flaskenv", FileKind.Env)]
    [InlineData("requirements.txt", FileKind.Requirements)]
    [InlineData("requirements-dev.txt", FileKind.Requirements)]
    [InlineData("requirements/base.txt", FileKind.Requirements)]
    [InlineData("pyproject.toml", FileKind.Pyproject)]
    [InlineData("Pipfile", FileKind.Pipfile)]
    [InlineData("Pipfile.lock", FileKind.Other)]
    [InlineData("Procfile", FileKind.Procfile)]
    [InlineData("README.md", FileKind.Markdown)]
    [InlineData(".github/workflows/ci.yml", FileKind.Yaml)]
    [InlineData("notes.txt", FileKind.Other)]
    public void Classifies_by_name_and_folder(string path, FileKind expected) =>
        Assert.Equal(expected, FileClassifier.Classify(path));
}
