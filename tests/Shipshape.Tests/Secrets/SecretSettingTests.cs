using Shipshape.Secrets;

namespace Shipshape.Tests.Secrets;

public sealed class SecretSettingTests
{
    [Theory]
    [InlineData("UNLOCK_KEY", "admin123")]
    [InlineData("SECRET_KEY", "dev-secret-key-please-change")]
    [InlineData("DB_PASSWORD", "hunter2")]
    [InlineData("MAIL_PASSWD", "Sup3r$ecret")]
    [InlineData("apiKey", "k-2048-abcd")]
    [InlineData("GITHUB_TOKEN", "not-a-known-format-but-named")]
    [InlineData("JWT_SECRET", "jwt-signing")]
    [InlineData("PRIVATE_KEY", "abcdef123")]
    [InlineData("smtp.pass", "mailpass1")]
    public void Secret_named_settings_with_literal_values_fire(string name, string value)
    {
        var match = SecretScanner.AssessSetting(name, value);

        Assert.NotNull(match);
        Assert.Equal(SecretScanner.NamedSettingId, match.DetectorId);
        Assert.Equal(value, match.Value);
    }

    [Theory]
    [InlineData("SECRET_KEY", "")]
    [InlineData("SECRET_KEY", "${SECRET_KEY}")]
    [InlineData("SECRET_KEY", "$SECRET_KEY")]
    [InlineData("SECRET_KEY", "changeme")]
    [InlineData("API_KEY", "<your-key>")]
    [InlineData("API_KEY", "your-api-key-here")]
    [InlineData("API_KEY", "xxxx")]
    [InlineData("DB_PASSWORD", "********")]
    [InlineData("DB_PASSWORD", "example")]
    [InlineData("TOKEN", "{{ vault_token }}")]
    [InlineData("PASSWORD", "aaaaaaaa")]
    [InlineData("PASSWORD_FILE", "/run/secrets/db_password")]
    [InlineData("PASSWORD_MIN_LENGTH", "12")]
    [InlineData("TOKEN_EXPIRY", "3600s")]
    [InlineData("SECRET_KEY_FILE", "secret.txt")]
    [InlineData("PRIMARY_KEY", "id_column")]
    [InlineData("REQUIRE_TOKEN", "true")]
    [InlineData("KEYBOARD_LAYOUT", "en-us")]
    [InlineData("FLASK_APP", "app.py")]
    [InlineData("LOG_LEVEL", "INFO")]
    public void Placeholders_and_look_alikes_do_not_fire(string name, string value)
    {
        Assert.Null(SecretScanner.AssessSetting(name, value));
    }

    [Theory]
    [InlineData("SOME_SETTING", "q8Zr2TvB7xW4nM1kL9pH3sD6fG0jY5cE")]
    [InlineData("ENCODED", "dGhpcyBpcyBhIHJhbmRvbSBiYXNlNjQgYmxvYg9xK2Z")]
    public void Long_high_entropy_values_fire_whatever_their_name(string name, string value)
    {
        Assert.Equal(SecretScanner.HighEntropyId, SecretScanner.AssessSetting(name, value)?.DetectorId);
    }

    [Theory]
    [InlineData("IMAGE_DIGEST", "3f786850e387550fdab836ed7e6dc881de23001b")] // hex: at most 4 bits a character
    [InlineData("DESCRIPTION", "A long sentence with words and spaces in it")]
    [InlineData("HOMEPAGE", "https://example.com/some/long/path/to/a/page")]
    [InlineData("SHORT", "aB3$xY9!")]
    public void Low_entropy_or_structured_values_under_ordinary_names_do_not_fire(string name, string value)
    {
        Assert.Null(SecretScanner.AssessSetting(name, value));
    }

    [Fact]
    public void Known_formats_in_a_value_win_over_the_name_rule()
    {
        var match = SecretScanner.AssessSetting("AWS_KEY", "AKIAQ3EGRV7XMPL9ZK2B");

        Assert.Equal("aws-access-key-id", match?.DetectorId);
    }

    [Theory]
    [InlineData("admin123", "admi… (8 chars)")]
    [InlineData("abc", "a… (3 chars)")]
    [InlineData("x", "… (1 chars)")]
    public void Values_are_masked_to_four_characters_and_the_length(string value, string masked)
    {
        Assert.Equal(masked, SecretMask.Mask(value));
    }

    [Fact]
    public void A_match_never_prints_its_value()
    {
        var match = SecretScanner.AssessSetting("UNLOCK_KEY", "admin123")!;

        Assert.DoesNotContain("admin123", match.ToString());
        Assert.Equal("UNLOCK_KEY=admi… (8 chars)", SecretMask.MaskIn("UNLOCK_KEY=admin123", match.Value));
    }

    [Theory]
    [InlineData("", 0.0)]
    [InlineData("aaaa", 0.0)]
    [InlineData("ab", 1.0)]
    [InlineData("abcd", 2.0)]
    public void Entropy_is_bits_per_character(string value, double bits)
    {
        Assert.Equal(bits, ShannonEntropy.Of(value), 6);
    }
}
