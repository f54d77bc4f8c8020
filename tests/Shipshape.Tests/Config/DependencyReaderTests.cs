using Shipshape.Config;
using Shipshape.Config.Dependencies;

namespace Shipshape.Tests.Config;

public sealed class DependencyReaderTests
{
    private static readonly DependencyManifest Requirements = RequirementsParser.Parse(ConfigFixtures.Read("deps/requirements.txt"));

    private static Requirement Named(DependencyManifest manifest, string name) =>
        manifest.Requirements.Single(r => r.NormalizedName == PackageName.Normalize(name));

    [Theory]
    [InlineData("Flask_Limiter", "flask-limiter")]
    [InlineData("zope.interface", "zope-interface")]
    [InlineData("A__b-._C", "a-b-c")]
    public void Names_are_normalized_as_in_pep_503(string name, string expected)
    {
        Assert.Equal(expected, PackageName.Normalize(name));
    }

    [Fact]
    public void Requirement_lines_are_read_with_positions_and_pinning()
    {
        var flask = Named(Requirements, "flask");
        Assert.Equal("==3.0.3", flask.Specifier);
        Assert.Equal("3.0.3", flask.PinnedVersion);
        Assert.True(flask.IsPinned);
        Assert.Equal(new SourcePosition(5, 1), flask.Position);

        Assert.False(Named(Requirements, "gunicorn").IsPinned);
        Assert.False(Named(Requirements, "requests").IsPinned);
        Assert.False(Named(Requirements, "sqlalchemy").IsPinned); // a wildcard is a range
    }

    [Fact]
    public void Extras_markers_and_hashes_with_continuations()
    {
        var limiter = Named(Requirements, "flask-limiter");
        Assert.Equal(["redis"], limiter.Extras.ToArray());
        Assert.Equal("~= 3.5", limiter.Specifier);
        Assert.Equal("python_version >= \"3.9\"", limiter.Marker);

        var psycopg = Named(Requirements, "psycopg2-binary");
        Assert.Equal(["sha256:aaaa", "sha256:bbbb"], psycopg.Hashes.ToArray());
        Assert.Equal(10, psycopg.Position.Line);
    }

    [Fact]
    public void Vcs_url_path_and_direct_references()
    {
        Assert.Equal(RequirementKind.Vcs, Named(Requirements, "toolkit").Kind);
        Assert.True(Named(Requirements, "toolkit").IsPinned);
        Assert.False(Named(Requirements, "other-lib").IsPinned);
        Assert.Equal(RequirementKind.Url, Named(Requirements, "archive").Kind);
        var local = Named(Requirements, "local_lib");
        Assert.Equal(RequirementKind.LocalPath, local.Kind);
        Assert.True(local.IsEditable);
        var pydantic = Named(Requirements, "pydantic");
        Assert.Equal(RequirementKind.Url, pydantic.Kind);
        Assert.EndsWith(".whl", pydantic.Url);
    }

    [Fact]
    public void Includes_are_listed_and_bad_lines_are_diagnostics()
    {
        Assert.Equal([("constraints.txt", true), ("requirements-base.txt", false)], Requirements.Includes.Select(i => (i.Path, i.IsConstraint)));
        Assert.Equal([18, 19], Requirements.Diagnostics.Select(d => d.Position.Line));
        Assert.Contains("unknown option '--frobnicate'", Requirements.Diagnostics[1].Message);
    }

    [Fact]
    public void Resolving_follows_includes_relative_to_the_file_and_survives_cycles()
    {
        var resolved = RequirementsResolver.Resolve(ConfigFixtures.PathOf("deps/requirements.txt"));

        Assert.Equal(["requirements.txt", "constraints.txt", "requirements-base.txt"], resolved.Files.Select(f => Path.GetFileName(f.FullPath)));
        Assert.True(resolved.Files[1].IsConstraint);
        Assert.Contains(resolved.Requirements, r => r.Name == "python-dotenv");
        Assert.DoesNotContain(resolved.Requirements, r => r.Name == "requests" && r.IsPinned);
        Assert.True(resolved.IsPinnedByConstraint("Requests"));
        Assert.False(resolved.IsPinnedByConstraint("gunicorn"));
        var missing = Assert.Single(resolved.Files[2].Manifest.Diagnostics);
        Assert.Equal((3, "included file 'missing.txt' not found"), (missing.Position.Line, missing.Message));
    }

    [Fact]
    public void Pyproject_reads_pep_621_and_poetry_dependencies()
    {
        var manifest = PyprojectReader.Read(ConfigFixtures.Read("deps/pyproject.toml"));

        Assert.Equal(
            ["fastapi", "uvicorn", "slowapi", "pytest", "Flask", "requests", "toolkit", "local-lib", "black"],
            manifest.Requirements.Select(r => r.Name));
        Assert.True(Named(manifest, "fastapi").IsPinned);
        Assert.Equal(new SourcePosition(13, 6), Named(manifest, "fastapi").Position);
        Assert.False(Named(manifest, "uvicorn").IsPinned);
        Assert.Equal("test", Named(manifest, "pytest").Group);
        Assert.True(Named(manifest, "flask").IsPinned); // Poetry: a bare version is exact
        Assert.False(Named(manifest, "requests").IsPinned);
        Assert.Equal(["socks"], Named(manifest, "requests").Extras.ToArray());
        Assert.Equal(RequirementKind.Vcs, Named(manifest, "toolkit").Kind);
        Assert.True(Named(manifest, "local-lib").IsEditable);
        Assert.Equal("dev", Named(manifest, "black").Group);
        // The date in [tool.other] is valid TOML, read and ignored.
        Assert.Empty(manifest.Diagnostics);
    }

    [Fact]
    public void Pipfile_reads_packages_and_dev_packages()
    {
        var manifest = PipfileReader.Read(ConfigFixtures.Read("deps/Pipfile"));

        Assert.Empty(manifest.Diagnostics);
        Assert.Equal(["flask", "gunicorn", "requests", "lib", "pytest"], manifest.Requirements.Select(r => r.Name));
        Assert.True(Named(manifest, "flask").IsPinned);
        Assert.False(Named(manifest, "gunicorn").IsPinned);
        Assert.False(Named(manifest, "requests").IsPinned);
        Assert.True(Named(manifest, "lib").IsPinned);
        Assert.Equal("dev", Named(manifest, "pytest").Group);
        Assert.Equal(7, Named(manifest, "flask").Position.Line);
    }

    [Fact]
    public void A_toml_syntax_error_in_a_pyproject_is_a_diagnostic()
    {
        var manifest = PyprojectReader.Read(ConfigFixtures.Read("deps/broken.toml"));

        Assert.Equal([3, 4, 5], manifest.Diagnostics.Select(d => d.Position.Line));
        Assert.Equal(["flask", "gunicorn"], manifest.Requirements.Select(r => r.Name));
    }
}
