namespace Shipshape.Settings;

/// <summary>The commented .shipshape.yml that <c>shipshape init</c> writes; every line it sets is the default.</summary>
public static class SettingsTemplate
{
    public const string Text = """
        # Shipshape configuration.
        # Every key is optional; the values below are the defaults.

        # Paths not to scan, in .gitignore syntax (the project's .gitignore files are honoured too).
        exclude:
          - "migrations/versions/**"
          # - "scripts/"

        # Per rule: off, on, or a severity (critical, high, medium, low, info) to override its own.
        # An override applies to every finding of the rule, also those the rule rates above or below
        # its default (CORS001 is high, critical with credentials).
        rules:
          # QA003: off        # e.g. CI lives outside this repository
          # DBG005: medium    # e.g. custom error pages matter more to us

        # Figures rules compare against.
        thresholds:
          min_password_length: 8      # AUTH002: shortest acceptable minimum password length
          max_file_size: 2MiB         # larger files are skipped (and listed as skipped)

        # Exit with code 1 when a finding at or above this severity remains: critical, high, medium, low, none.
        fail_on: high

        """;
}
