using Shipshape.Facts;
using Shipshape.Facts.Documentation;
using Shipshape.Tests.Support;

namespace Shipshape.Tests.Facts;

/// <summary>The README facts read from a real Markdown file (Fixtures/projects/readme-facts) by the Markdown front end.</summary>
public sealed class ReadmeFactsTests
{
    private static readonly string Root = TestPaths.Fixture("projects", "readme-facts");
    private static readonly ReadmeFact Readme = Assert.Single(Scans.Facts(Root).Get(FactKeys.Readmes));

    [Fact]
    public void Headings_carry_their_level_line_and_topic_and_code_comments_are_not_headings()
    {
        var sections = Readme.Sections.Select(s => (s.Heading, s.Level, s.Location.StartLine, s.Topic)).ToList();

        Assert.Equal(
        [
            ("Records", 1, 1, (DocumentationTopic?)null),
            ("Getting started", 2, 4, DocumentationTopic.Install),
            ("Running in production", 2, 12, DocumentationTopic.Deploy),
            ("Local configuration", 2, 24, DocumentationTopic.Run),
        ], sections);
    }

    [Fact]
    public void Commands_are_read_with_prompts_comments_and_continuations_handled()
    {
        var commands = Readme.Commands.Select(c => (c.Purpose, c.Text, c.Location.StartLine, c.Section)).ToList();

        Assert.Equal(
        [
            (CommandPurpose.Install, "python -m pip install -r requirements.txt", 6, "Getting started"),
            (CommandPurpose.EnvironmentSetup, "cp .env.example .env", 7, "Getting started"),
            (CommandPurpose.DevelopmentServer, "FLASK_ENV=development python app.py", 8, "Getting started"),
            (CommandPurpose.ProductionServer, "flask db upgrade && gunicorn --workers 4 --timeout 30 \"app:create_app()\"", 14, "Running in production"),
            (CommandPurpose.EnvironmentSetup, "DATABASE_URL=postgresql://localhost/records", 25, "Local configuration"),
        ], commands);
    }

    [Fact]
    public void Deployment_notes_name_the_production_section_command_and_link()
    {
        Assert.Equal(
        [
            "section \"Running in production\" (line 12)",
            "`flask db upgrade && gunicorn --workers 4 --timeout 30 \"app:create_app()\"` (line 14)",
            "link to https://example.com/deploy (line 25)",
        ], Readme.DeploymentNotes);
        Assert.Equal(("README.md", 1), (Readme.Title.Path, Readme.Title.StartLine));
    }
}
