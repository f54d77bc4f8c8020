namespace Shipshape.Model;

/// <summary>A failing snippet and its fixed form, shown in the rule's docs ("Example" / "Use instead").</summary>
/// <param name="Title">What the pair illustrates, e.g. "Flask" or "environment default".</param>
/// <param name="Language">Code-fence language of both snippets ("python", "dockerfile", "yaml").</param>
/// <param name="Failing">Code the rule reports.</param>
/// <param name="Passing">The same code fixed; the rule stays silent on it.</param>
public sealed record RuleExample(string Title, string Language, string Failing, string Passing);
