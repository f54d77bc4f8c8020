namespace Shipshape.Facts.Documentation;

/// <summary>What a README section is about, judged from its heading.</summary>
public enum DocumentationTopic
{
    /// <summary>"Installation", "Setup", "Getting started", "Requirements".</summary>
    Install,

    /// <summary>"Usage", "Running", "Development", "Quick start".</summary>
    Run,

    /// <summary>"Deployment", "Production", "Docker", "Hosting", "Operations".</summary>
    Deploy,

    /// <summary>"Configuration", "Settings".</summary>
    Configuration,

    /// <summary>"Environment variables", "Secrets".</summary>
    Environment,
}

public static class DocumentationTopics
{
    private static readonly string[] DeployWords =
    [
        "deploy", "deployment", "deploying", "production", "hosting", "docker", "container", "containers",
        "kubernetes", "k8s", "heroku", "operations", "ops", "operating", "release", "releasing", "gunicorn", "uvicorn", "nginx",
    ];

    private static readonly string[] DevelopmentWords = ["development", "develop", "developing", "dev", "local", "locally", "contributing"];

    // Most specific first; a heading that names development ("Local environment", "Development setup")
    // is about developing unless it names deployment too ("Run (Docker)", "Production configuration").
    private static readonly (DocumentationTopic Topic, string[] Words)[] Vocabulary =
    [
        (DocumentationTopic.Environment, ["environment", "env", "secrets", "variables"]),
        (DocumentationTopic.Configuration, ["configuration", "config", "configuring", "configure", "settings"]),
        (DocumentationTopic.Install, ["install", "installation", "installing", "setup", "prerequisites", "requirements", "getting"]),
        (DocumentationTopic.Run, ["run", "running", "usage", "start", "starting", "quickstart", "quick"]),
    ];

    /// <summary>The topic a heading names, or null (e.g. "Features", "License").</summary>
    public static DocumentationTopic? OfHeading(string heading)
    {
        var words = heading.ToLowerInvariant().Split([' ', '(', ')', '-', '/', '&', ',', ':', '.', '_', '`'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(DeployWords.Contains)) return DocumentationTopic.Deploy;
        var development = words.Any(DevelopmentWords.Contains);
        foreach (var (topic, vocabulary) in Vocabulary)
        {
            if (development && topic.IsDeployment()) continue;
            if (words.Any(vocabulary.Contains)) return topic;
        }

        return development ? DocumentationTopic.Run : null;
    }

    /// <summary>Deployment documentation proper: install and run sections alone only show how to develop.</summary>
    public static bool IsDeployment(this DocumentationTopic topic) =>
        topic is DocumentationTopic.Deploy or DocumentationTopic.Configuration or DocumentationTopic.Environment;

    public static string Id(this DocumentationTopic topic) => topic switch
    {
        DocumentationTopic.Install => "install",
        DocumentationTopic.Run => "run",
        DocumentationTopic.Deploy => "deploy",
        DocumentationTopic.Configuration => "configuration",
        _ => "environment",
    };
}
