using Shipshape.Config;
using Shipshape.Config.Env;

namespace Shipshape.Tests.Config;

public sealed class ConfigNamingTests
{
    [Theory]
    [InlineData(".env", false, false)]
    [InlineData("backend/.env.production", false, false)]
    [InlineData(".env.example", true, false)]
    [InlineData("config/.env.sample", true, false)]
    [InlineData(".env.development", false, true)]
    [InlineData(".env.production.local", false, true)]
    [InlineData(".flaskenv", false, true)]
    [InlineData("test.env", false, true)]
    public void Env_file_names_say_what_they_are_for(string path, bool template, bool developmentOnly)
    {
        Assert.Equal((template, developmentOnly), (EnvFileNames.IsTemplate(path), EnvFileNames.IsDevelopmentOnly(path)));
        Assert.Equal(!template && !developmentOnly, EnvFileNames.MayReachProduction(path));
    }

    [Theory]
    [InlineData("docker-compose.yml", false)]
    [InlineData("deploy/docker-compose.override.yml", true)]
    [InlineData("compose.dev.yaml", true)]
    [InlineData("Dockerfile", false)]
    [InlineData("Dockerfile.dev", true)]
    [InlineData("devops/Dockerfile", false)]
    public void Development_compose_and_docker_files_are_recognised_by_name(string path, bool development)
    {
        Assert.Equal(development, ConfigSettings.IsDevelopmentFileName(path));
    }

    [Theory]
    [InlineData("uploads", "/app", "/app/uploads")]
    [InlineData("./data/../media/", "/srv/app", "/srv/app/media")]
    [InlineData("/var/lib/app", "/app", "/var/lib/app")]
    [InlineData("instance/app.db", null, "/instance/app.db")]
    public void Container_paths_resolve_against_the_working_directory(string path, string? workdir, string expected)
    {
        Assert.Equal(expected, ContainerPaths.Resolve(path, workdir));
    }

    [Theory]
    [InlineData("/app/uploads/x.png", "/app/uploads", true)]
    [InlineData("/app/uploads", "/app/uploads/", true)]
    [InlineData("/app/uploads2", "/app/uploads", false)]
    [InlineData("/anything", "/", true)]
    public void A_volume_covers_its_folder_and_everything_below(string path, string volume, bool inside)
    {
        Assert.Equal(inside, ContainerPaths.IsInside(path, volume));
    }
}
