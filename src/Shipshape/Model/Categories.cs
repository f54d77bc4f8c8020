namespace Shipshape.Model;

/// <summary>The fourteen categories of DESIGN.md, in scorecard order.</summary>
public static class Categories
{
    public static Category Secrets { get; } = new("secrets", "Secrets & keys", "SEC");
    public static Category Debug { get; } = new("debug", "Debug mode & error disclosure", "DBG");
    public static Category Csrf { get; } = new("csrf", "CSRF protection", "CSRF");
    public static Category Cors { get; } = new("cors", "CORS policy", "CORS");
    public static Category Abuse { get; } = new("abuse", "Rate limiting & lockout", "RATE");
    public static Category Auth { get; } = new("auth", "Authentication, passwords & sessions", "AUTH");
    public static Category Transport { get; } = new("transport", "HTTPS & security headers", "HDR");
    public static Category Input { get; } = new("input", "Input validation & injection", "INP");
    public static Category Errors { get; } = new("errors", "Error handling & resilience", "ERR");
    public static Category Observability { get; } = new("observability", "Logging, monitoring & health", "OBS");
    public static Category Data { get; } = new("data", "Database & persistence", "DATA");
    public static Category Deploy { get; } = new("deploy", "Server, container, configuration & dependencies", "DEP");
    public static Category Compliance { get; } = new("compliance", "Privacy & legal", "LEG");
    public static Category Quality { get; } = new("quality", "Tests & documentation", "QA");

    public static IReadOnlyList<Category> All { get; } =
    [
        Secrets, Debug, Csrf, Cors, Abuse, Auth, Transport, Input, Errors, Observability, Data, Deploy,
        Compliance, Quality,
    ];

    public static Category? FindById(string id) => All.FirstOrDefault(c => c.Id == id);

    /// <summary>The category a rule id belongs to, from its letter prefix ("CSRF001" → csrf).</summary>
    public static Category? ForRuleId(string ruleId)
    {
        var prefix = new string(ruleId.TakeWhile(char.IsLetter).ToArray());
        return All.FirstOrDefault(c => c.RulePrefix == prefix);
    }
}
