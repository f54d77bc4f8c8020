using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Shipshape.Secrets;

/// <summary>
/// The catalogue of known credential formats. Prefixes and lengths are the vendors' published
/// formats (AWS key ids, GitHub's gh*_ and github_pat_ tokens, GitLab glpat-, Slack xox*-, Stripe
/// sk_live_/rk_live_, PEM private key armour, JWT's three base64url parts). Examples are made up.
/// </summary>
public static partial class SecretPatterns
{
    // Generated at build time: no regex compiler runs when the scanner starts.
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static ImmutableArray<SecretPattern> All { get; } =
    [
        new("aws-access-key-id", "AWS access key id",
            AwsAccessKeyId(), 1,
            ["AWS_ACCESS_KEY_ID=AKIAQ3EGRV7XMPL9ZK2B", "key: ASIAY34FZKBOKMUTVV7A"],
            ["AKIAEXAMPLE", "akiaq3egrv7xmpl9zk2b", "XAKIAQ3EGRV7XMPL9ZK2BX", "AKIAQ3EGRV7XMPL9ZK2"]),

        new("aws-secret-access-key", "AWS secret access key",
            AwsSecretAccessKey(), 1,
            ["aws_secret_access_key = Zq8rT2vB7xW4nM1kL9pH3sD6fG0jY5cE8aU2iO7e", "AWS_SECRET_KEY=\"Zq8rT2vB/xW4nM1kL9pH3sD6fG0jY5cE8aU2iO7e\""],
            ["aws_secret_access_key = ${AWS_SECRET}", "aws_secret_access_key = short", "secret_access = Zq8rT2vB7xW4nM1kL9pH3sD6fG0jY5cE8aU2iO7e"]),

        new("github-token", "GitHub token",
            GithubToken(), 1,
            ["GITHUB_TOKEN=ghp_4fT9kQ2mZ7xW1bN8vR3pL6sD0hJ5cY2eA9uK", "token: gho_4fT9kQ2mZ7xW1bN8vR3pL6sD0hJ5cY2eA9uK",
             "github_pat_11ABCDEFG0123456789abc_" + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456"],
            ["ghp_short", "ghx_4fT9kQ2mZ7xW1bN8vR3pL6sD0hJ5cY2eA9uK", "my_ghp_4fT9kQ2mZ7xW1bN8vR3pL6sD0hJ5cY2eA9uK"]),

        new("gitlab-token", "GitLab personal access token",
            GitlabToken(), 1,
            ["GITLAB_TOKEN=glpat-x7Yz2AbC9dEf4GhI1jKl"],
            ["glpat-short", "glpat-${TOKEN}", "glpat-x7Yz2AbC9dEf4GhI1jKlMNOP"]),

        new("slack-token", "Slack token",
            SlackToken(), 1,
            ["SLACK_BOT_TOKEN=xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx", "xoxp-12345678901-12345678901-123456789012-abcdef0123456789"],
            ["xoxb-your-token-here", "xoxz-1234567890-0987654321-AbCdEfGh", "xoxb-"]),

        new("slack-webhook", "Slack incoming webhook URL",
            SlackWebhook(), 1,
            ["SLACK_WEBHOOK=https://hooks.slack.com/services/T01ABCDEF/B02GHIJKL/AbCdEfGhIjKlMnOpQrStUvWx"],
            ["https://hooks.slack.com/services/...", "https://hooks.slack.com/services/T000/B000/XXXX"]),

        new("stripe-secret-key", "Stripe secret or restricted key",
            StripeSecretKey(), 1,
            ["STRIPE_SECRET_KEY=sk_live_51HqLyjWDarjtT1zdp7dcXYZabc", "rk_live_4eC39HqLyjWDarjtT1zdp7dc"],
            ["pk_live_51HqLyjWDarjtT1zdp7dcXYZabc", "sk_test_51HqLyjWDarjtT1zdp7dcXYZabc", "sk_live_short"]),

        new("private-key", "private key block",
            PrivateKey(), 1,
            ["-----BEGIN RSA PRIVATE KEY-----", "key = \"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3Blbn...\"", "-----BEGIN PRIVATE KEY-----"],
            ["-----BEGIN PUBLIC KEY-----", "-----BEGIN CERTIFICATE-----", "BEGIN RSA PRIVATE KEY"]),

        new("jwt", "JSON Web Token",
            Jwt(), 1,
            ["Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
            ["eyJhbGciOiJIUzI1NiJ9", "eyJhbGciOiJIUzI1NiJ9.payload.signature", "header.eyJzdWIiOiIxMjM0NTY3ODkwIn0.sig"]),

        new("database-url-password", "database URL with an embedded password",
            DatabaseUrlPassword(), 1,
            ["DATABASE_URL=postgresql://app:s3cr3t-Pa55@db:5432/app", "mysql+pymysql://root:hunter2@localhost/shop", "redis://:Xy9kLm2Q@cache:6379/0"],
            ["postgresql://app@db/app", "postgresql://app:${DB_PASSWORD}@db/app", "sqlite:///app.db", "postgresql://db:5432/app"]),

        new("url-password", "URL with an embedded password",
            UrlPassword(), 1,
            ["PROXY=http://user:Pr0xyPass@proxy.local:3128", "https://deploy:gh7Kq2xZ@git.example.org/repo.git"],
            ["https://example.com:8443/path", "https://user@example.com", "http://user:$PASSWORD@host", "https://host/?q=a:b@c"]),
    ];

    [GeneratedRegex(@"\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b", Options)]
    private static partial Regex AwsAccessKeyId();

    [GeneratedRegex(@"(?i:aws_?secret_?(?:access_?)?key)[""']?\s*[:=]\s*[""']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])", Options)]
    private static partial Regex AwsSecretAccessKey();

    [GeneratedRegex(@"\b(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{82})\b", Options)]
    private static partial Regex GithubToken();

    [GeneratedRegex(@"\b(glpat-[A-Za-z0-9_-]{20})(?![A-Za-z0-9_-])", Options)]
    private static partial Regex GitlabToken();

    [GeneratedRegex(@"\b(xox[abposr]-[0-9]{8,}-[A-Za-z0-9-]{8,})\b", Options)]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"(https://hooks\.slack\.com/services/T[A-Z0-9]{8,}/B[A-Z0-9]{8,}/[A-Za-z0-9]{24})", Options)]
    private static partial Regex SlackWebhook();

    [GeneratedRegex(@"\b((?:sk|rk)_live_[A-Za-z0-9]{24,99})\b", Options)]
    private static partial Regex StripeSecretKey();

    [GeneratedRegex(@"(-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)", Options)]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})", Options)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle|mongodb(?:\+srv)?|rediss?|amqps?|cockroachdb)(?:\+[a-z0-9]+)?://[^\s:/@'""]*:([^\s/@'""]+)@[^\s'""]+", Options | RegexOptions.IgnoreCase)]
    private static partial Regex DatabaseUrlPassword();

    [GeneratedRegex(@"\b(?:https?|ftp|smtps?|ldaps?|ssh)://[^\s:/@'""]+:([^\s/@'""]+)@[^\s'""]+", Options | RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();
}
