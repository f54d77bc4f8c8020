using Shipshape.Facts.Python;
using Shipshape.Model;

namespace Shipshape.Rules.Secrets;

/// <summary>SEC002: a secret key made at random at every start.</summary>
public sealed class Sec002RandomSecretKey : IProjectRule
{
    public RuleMetadata Metadata { get; } = new(
        Id: RuleIds.Sec002,
        Name: "secret-key-regenerated-at-start",
        Category: Categories.Secrets,
        Severity: Severity.High,
        Confidence: Confidence.High,
        Kind: RuleKind.Static,
        Summary: "Checks for signing secrets generated at random when the process starts (`os.urandom`, `secrets.token_*`, "
            + "`uuid4`), directly or as the fallback of an environment read (`os.getenv('SECRET_KEY', os.urandom(32).hex())`).",
        Why: "Every restart, deploy or extra worker gets a different key: sessions and CSRF tokens signed by one worker fail "
            + "on the next, users are logged out at each deploy, and with several gunicorn workers logins randomly fail. "
            + "It hides the missing configuration instead of failing loudly.",
        Fix: "Generate the key once, store it in the deployment's secret store, and read it with no fallback "
            + "(`SECRET_KEY = os.environ['SECRET_KEY']`).",
        Examples:
        [
            new RuleExample("Flask", "python",
                Failing: "app.config['SECRET_KEY'] = os.urandom(32).hex()",
                Passing: "app.config['SECRET_KEY'] = os.environ['SECRET_KEY']"),
            new RuleExample("Flask config class", "python",
                Failing: "class Config:\n    SECRET_KEY = os.getenv('SECRET_KEY', os.urandom(32).hex())",
                Passing: "class Config:\n    SECRET_KEY = os.environ['SECRET_KEY']"),
        ],
        References:
        [
            RuleReference.Cwe(1188, "Initialization of a Resource with an Insecure Default"),
            RuleReference.Asvs("3.2.1", "The application generates a new session token on user authentication"),
            new RuleReference("Flask: SECRET_KEY", "https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY"),
        ])
    {
        Requirement = "Secret keys are stable across restarts and workers (not generated at start)",
    };

    public CheckOutcome Check(ProjectContext project)
    {
        var secrets = SecretNames.InProduction(project.Facts);
        if (secrets.Count == 0) return CheckOutcome.NotApplicable(SecretNames.NoneFound);
        var found = false;
        foreach (var setting in secrets)
        {
            var random = setting.Value as PythonValue.Random ?? (setting.Value as PythonValue.Environment)?.Default as PythonValue.Random;
            if (random is null) continue;
            var how = setting.Value is PythonValue.Environment read ? $" whenever {read.Variable} is unset" : "";
            project.Report(random.Location, $"{setting.Name} is made by {random.Function}() at every start{how}: sessions break on restart and differ between workers");
            found = true;
        }

        return found ? CheckOutcome.Fail() : CheckOutcome.Pass("no secret key generated at start");
    }
}
