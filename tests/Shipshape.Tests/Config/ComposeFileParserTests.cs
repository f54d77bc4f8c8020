using Shipshape.Config;
using Shipshape.Config.Compose;

namespace Shipshape.Tests.Config;

public sealed class ComposeFileParserTests
{
    private static readonly ComposeFile File = ComposeFileParser.Parse(ConfigFixtures.Read("compose/docker-compose.yml"));

    private static ComposeService Service(string name) => File.Services.Single(s => s.Name == name);

    [Fact]
    public void Services_are_read_in_order_with_their_positions()
    {
        Assert.Empty(File.Diagnostics);
        Assert.Equal(["web", "worker", "db"], File.Services.Select(s => s.Name));
        Assert.Equal(new SourcePosition(11, 3), Service("web").Position);
        Assert.Equal(["uploads"], File.NamedVolumes.Select(v => v.Value));
    }

    [Fact]
    public void Merge_keys_supply_fields_the_service_does_not_set()
    {
        var web = Service("web");

        Assert.Equal(".", web.Build!.Value);
        Assert.Equal("unless-stopped", web.Restart!.Value);
        Assert.Equal(3, web.Restart.Position.Line);
        Assert.Equal([".env"], web.EnvFiles.Select(f => f.Value));
        Assert.Equal(["DATABASE_URL", "FLASK_ENV"], web.Environment.Select(e => e.Name));
        Assert.Null(web.Environment[1].Value);
        Assert.Equal(new SourcePosition(7, 19), web.Environment[0].ValuePosition);
    }

    [Fact]
    public void The_service_own_keys_override_merged_ones_and_list_environment_is_split()
    {
        var worker = Service("worker");

        Assert.Equal("no", worker.Restart!.Value);
        Assert.False(worker.HasRestartPolicy);
        Assert.Equal([("DEBUG", "1"), ("SECRET_KEY", "abc123def456"), ("PASSTHROUGH", null)], worker.Environment.Select(e => (e.Name, e.Value)));
        var secret = worker.Environment[1];
        Assert.Equal(new SourcePosition(30, 9), secret.Position);
        Assert.Equal(new SourcePosition(30, 21), secret.ValuePosition);
        Assert.Equal(["jobs"], worker.Profiles.ToArray());
    }

    [Fact]
    public void Commands_in_string_and_list_form_become_words()
    {
        Assert.False(Service("web").Command!.IsList);
        Assert.Equal(["gunicorn", "-w", "4", "--timeout", "30", "app:create_app()"], Service("web").Command!.Words.ToArray());
        Assert.True(Service("worker").Command!.IsList);
        Assert.Equal("celery -A tasks worker", Service("worker").Command!.Text);
    }

    [Fact]
    public void Healthchecks_volumes_ports_and_deploy_are_read()
    {
        var web = Service("web");
        Assert.False(web.Healthcheck!.IsDisabled);
        Assert.Equal("CMD", web.Healthcheck.Test!.Words[0]);
        Assert.Equal(["8000:8000"], web.Ports.Select(p => p.Value));
        Assert.Equal(
            [ComposeVolumeKind.Named, ComposeVolumeKind.Bind, ComposeVolumeKind.Tmpfs],
            web.Volumes.Select(v => v.Kind));
        Assert.Equal("/app/uploads", web.Volumes[0].Target);

        var db = Service("db");
        Assert.True(db.Healthcheck!.IsDisabled);
        Assert.Equal(1, db.Deploy!.Replicas);
        Assert.Equal("on-failure", db.Deploy.RestartCondition!.Value);
        Assert.True(db.HasRestartPolicy);
        Assert.Equal("postgres:16", db.Image!.Value);
    }

    [Theory]
    [InlineData("broken.yml")]
    [InlineData("unclosed.yml")]
    public void Broken_yaml_is_a_diagnostic_with_a_position(string name)
    {
        var file = ComposeFileParser.Parse(ConfigFixtures.Read($"compose/{name}"));

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.StartsWith("invalid YAML", diagnostic.Message);
        Assert.True(diagnostic.Position.Line >= 1);
        Assert.Empty(file.Services);
    }

    [Fact]
    public void Unexpected_shapes_are_diagnostics_and_the_rest_is_kept()
    {
        var file = ComposeFileParser.Parse(ConfigFixtures.Read("compose/wrong-shapes.yml"));

        Assert.Equal(2, file.Diagnostics.Length);
        Assert.Equal("api", Assert.Single(file.Services).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("just text")]
    [InlineData("a: &x [*x]")]
    [InlineData("\0\u0001binary")]
    [InlineData("services:\n  a:\n    <<: *missing\n")]
    public void Odd_documents_never_throw(string text)
    {
        Assert.NotNull(ComposeFileParser.Parse(text));
    }
}
