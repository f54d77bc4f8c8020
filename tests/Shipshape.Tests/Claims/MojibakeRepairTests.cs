using System.Text;
using Shipshape.Claims;

namespace Shipshape.Tests.Claims;

public class MojibakeRepairTests
{
    [Theory]
    // Mac Roman: "‚úÖ" and "‚ö†Ô∏è" in 000 and 004.
    [InlineData("000", 4, "**Status:** ✅ **PRODUCTION READY FOR LARGE SCALE**")]
    [InlineData("000", 8, "## 🎯 Executive Summary")]
    [InlineData("004", 3, "## ⚠️ Current Status: **NOT PRODUCTION READY**")]
    // Korean (Johab) in 002: "丘멆잺" and "游댮".
    [InlineData("002", 8, "**Status:** ⚠️ **NOT READY FOR PRODUCTION**")]
    [InlineData("002", 16, "### 1. 🔴 Debug Mode Enabled in Production")]
    public void Seed_lines_get_their_emoji_back(string seed, int line, string expected)
    {
        var raw = Seeds.RawLine(seed, line);
        Assert.NotEqual(expected, raw);
        Assert.Equal(expected, MojibakeRepair.Repair(raw));
    }

    [Fact]
    public void Windows_1252_mojibake_is_repaired()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var misread = Encoding.GetEncoding(1252).GetString(Encoding.UTF8.GetBytes("CSRF ✅ FIXED"));
        Assert.Equal("CSRF âœ… FIXED", misread);
        Assert.Equal("CSRF ✅ FIXED", MojibakeRepair.Repair(misread));
    }

    [Theory]
    [InlineData("Verification: ✓ All bare excepts eliminated")]
    [InlineData("café — naïve résumé, 東京, Straße")]
    [InlineData("plain ASCII only")]
    public void Correct_text_is_left_alone(string text) => Assert.Equal(text, MojibakeRepair.Repair(text));

    [Fact]
    public void A_cut_emoji_that_no_code_page_explains_stays_as_written()
    {
        // 002's orange circle lost a byte when it was mis-decoded; no re-encoding makes valid UTF-8 of it.
        var raw = Seeds.RawLine("002", 146);
        Assert.Equal(raw, MojibakeRepair.Repair(raw));
    }
}
