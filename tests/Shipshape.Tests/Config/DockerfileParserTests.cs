using Shipshape.Config;
using Shipshape.Config.Docker;

namespace Shipshape.Tests.Config;

public sealed class DockerfileParserTests
{
    private static Dockerfile ParseFixture(string name) => DockerfileParser.Parse(ConfigFixtures.Read($"docker/{name}"));

    [Fact]
    public void Multi_stage_build_names_its_stages_and_the_final_one_builds_on_the_first()
    {
        var file = ParseFixture("multistage.Dockerfile");

        Assert.Empty(file.Diagnostics);
        Assert.Equal(["builder", "app"], file.Stages.Select(s => s.Name));
        Assert.Equal("app", file.FinalStage!.Name);
        Assert.Same(file.Stages[0], file.FinalStage.BaseStage);
        Assert.Equal("python", file.Stages[0].Image.Repository);
        Assert.Equal("3.12-slim", file.Stages[0].Image.Tag);
        Assert.Equal(new SourcePosition(6, 1), file.Stages[0].From.Position);
        Assert.Equal(new SourcePosition(6, 6), file.Stages[0].From.ArgumentsPosition);
    }

    [Fact]
    public void Parser_directives_are_read_only_at_the_top()
    {
        var file = ParseFixture("multistage.Dockerfile");

        Assert.Equal(["syntax", "escape"], file.Directives.Select(d => d.Value.Key));
        Assert.Equal('\\', file.EscapeCharacter);
        Assert.Equal(2, file.GlobalArgs.Length);
    }

    [Fact]
    public void Continuation_lines_are_joined_and_comment_lines_inside_them_dropped()
    {
        var run = ParseFixture("multistage.Dockerfile").Instructions.First(i => i.Is("RUN"));

        Assert.Equal(7, run.Position.Line);
        Assert.Equal(10, run.EndLine);
        Assert.DoesNotContain("comment", run.Arguments);
        Assert.Contains("--wheel-dir /wheels", run.Arguments);
    }

    [Fact]
    public void User_is_expanded_from_a_global_arg_redeclared_in_the_stage()
    {
        var file = ParseFixture("multistage.Dockerfile");

        var user = file.EffectiveUser(file.FinalStage!);

        Assert.Equal("appuser", user.Name);
        Assert.False(user.IsRoot);
        Assert.Equal(16, user.Instruction!.Position.Line);
    }

    [Theory]
    [InlineData("ENV APP_USER=worker\nUSER $APP_USER", "worker", false)]
    [InlineData("ARG APP_USER\nUSER ${APP_USER:-root}", "root", true)]
    [InlineData("ARG APP_USER\nUSER $APP_USER", "$APP_USER", false)] // given with --build-arg: unknown, not root
    [InlineData("ARG UID\nARG GID\nUSER ${UID}:${GID}", "${UID}:${GID}", false)]
    [InlineData("ARG UID=0\nUSER $UID:$UID", "0:0", true)]
    public void User_is_expanded_from_env_and_arg_and_a_user_given_only_at_build_time_is_not_taken_for_root(string instructions, string name, bool root)
    {
        var file = DockerfileParser.Parse("FROM python:3.12-slim\n" + instructions + "\n");

        var user = file.EffectiveUser(file.FinalStage!);

        Assert.Equal((name, root), (user.Name, user.IsRoot));
    }

    [Fact]
    public void Flags_healthcheck_volumes_and_exec_form_cmd_are_read()
    {
        var file = ParseFixture("multistage.Dockerfile");
        var stage = file.FinalStage!;

        var copy = stage.Instructions.First(i => i.Is("COPY"));
        Assert.Equal("builder", copy.Flag("from"));
        Assert.Equal("/wheels /wheels", copy.Arguments);
        Assert.Equal(new SourcePosition(17, 45), copy.ArgumentsPosition); // after the flags

        var healthcheck = Dockerfile.Healthcheck(stage)!;
        Assert.False(healthcheck.IsDisabled);
        Assert.Equal("30s", healthcheck.Options.Single(o => o.Name == "interval").Value);
        Assert.False(healthcheck.Command!.IsExecForm);
        Assert.Equal("curl", healthcheck.Command.Words[0]);

        Assert.Equal(["/data", "/uploads"], Dockerfile.Volumes(stage).Select(v => v.Value));
        var cmd = Assert.Single(Dockerfile.StartCommands(stage));
        Assert.True(cmd.IsExecForm);
        Assert.Equal(["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "app:app"], cmd.Words.ToArray());
    }

    [Fact]
    public void Without_user_the_image_runs_as_root_and_healthcheck_none_disables_checks()
    {
        var file = ParseFixture("root.Dockerfile");
        var stage = file.FinalStage!;

        Assert.True(file.EffectiveUser(stage).IsRoot);
        Assert.Null(file.EffectiveUser(stage).Instruction);
        Assert.True(Dockerfile.Healthcheck(stage)!.IsDisabled);
        Assert.False(stage.Image.IsPinned);
        var cmd = Assert.Single(Dockerfile.StartCommands(stage));
        Assert.False(cmd.IsExecForm);
        Assert.Equal(["python", "app.py"], cmd.Words.ToArray());
        Assert.Equal(
            [("FLASK_DEBUG", "1"), ("SECRET_KEY", "hunter2-not-secret")],
            Dockerfile.EnvironmentVariables(stage).Select(e => (e.Name, e.Value)));
    }

    [Fact]
    public void Heredocs_are_attached_to_their_instruction_and_tabs_stripped_for_the_dash_form()
    {
        var file = ParseFixture("heredoc.Dockerfile");

        Assert.Empty(file.Diagnostics);
        var run = file.Instructions.Single(i => i.Is("RUN"));
        var heredoc = Assert.Single(run.Heredocs);
        Assert.True(heredoc.StripsTabs);
        Assert.Equal("echo building\necho done\n", heredoc.Content);
        Assert.Equal(5, run.EndLine);
        var copy = file.Instructions.Single(i => i.Is("COPY"));
        Assert.Equal("workers = 4\n", copy.Heredocs.Single().Content);
        Assert.Equal(["FROM", "RUN", "COPY", "USER", "ENTRYPOINT", "CMD"], file.Instructions.Select(i => i.Keyword));
    }

    [Fact]
    public void Digest_pins_an_image_and_uid_user_is_not_root()
    {
        var file = ParseFixture("heredoc.Dockerfile");
        var stage = file.FinalStage!;

        Assert.StartsWith("sha256:", stage.Image.Digest);
        Assert.Equal("3.19", stage.Image.Tag);
        Assert.True(stage.Image.IsPinned);
        Assert.False(file.EffectiveUser(stage).IsRoot);
        Assert.Equal(["python -m uvicorn", "main:app --reload"], Dockerfile.StartCommands(stage).Select(c => c.Text));
    }

    [Fact]
    public void Unterminated_heredoc_is_a_diagnostic_not_an_exception()
    {
        var file = ParseFixture("unterminated-heredoc.Dockerfile");

        var diagnostic = Assert.Single(file.Diagnostics);
        Assert.Contains("unterminated heredoc", diagnostic.Message);
        Assert.Equal(2, diagnostic.Position.Line);
        Assert.False(file.Instructions.Single(i => i.Is("RUN")).Heredocs.Single().IsTerminated);
    }

    [Fact]
    public void Crlf_line_endings_and_explicit_root_user_are_handled()
    {
        var file = ParseFixture("crlf-root.Dockerfile");

        var user = file.EffectiveUser(file.FinalStage!);
        Assert.True(user.IsRoot);
        Assert.Equal(2, user.Instruction!.Position.Line);
        Assert.Equal("python app.py", Dockerfile.StartCommands(file.FinalStage!).Single().Text);
    }

    [Fact]
    public void Backtick_escape_directive_changes_the_continuation_character()
    {
        var file = ParseFixture("windows-escape.Dockerfile");

        Assert.Equal('`', file.EscapeCharacter);
        Assert.Empty(file.Diagnostics);
        var run = file.Instructions.Single(i => i.Is("RUN"));
        Assert.Contains(@"C:\app", run.Arguments);
        Assert.Equal("ContainerUser", file.EffectiveUser(file.FinalStage!).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\0\0\0binary\u0001")]
    [InlineData("RUN echo before from\nFROM\nBOGUS thing\n")]
    [InlineData("FROM x \\")]
    public void Malformed_input_yields_diagnostics_or_nothing_but_never_throws(string text)
    {
        var file = DockerfileParser.Parse(text);

        Assert.NotNull(file);
        if (text.Contains("BOGUS"))
            Assert.Equal(3, file.Diagnostics.Length);
    }

    [Theory]
    [InlineData("python", "python", null, null, false)]
    [InlineData("python:latest", "python", "latest", null, false)]
    [InlineData("localhost:5000/team/app:1.2", "localhost:5000/team/app", "1.2", null, true)]
    [InlineData("localhost:5000/team/app", "localhost:5000/team/app", null, null, false)]
    [InlineData("app@sha256:abc", "app", null, "sha256:abc", true)]
    [InlineData("scratch", "scratch", null, null, true)]
    public void Image_references_split_into_repository_tag_and_digest(string text, string repository, string? tag, string? digest, bool pinned)
    {
        var image = DockerImageReference.Parse(text);

        Assert.Equal((repository, tag, digest, pinned), (image.Repository, image.Tag, image.Digest, image.IsPinned));
    }
}
