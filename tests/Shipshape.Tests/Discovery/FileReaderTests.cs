using System.Text;
using Shipshape.Discovery;
using Shipshape.Model;

namespace Shipshape.Tests.Discovery;

public sealed class FileReaderTests
{
    [Fact]
    public void Utf8_with_and_without_bom_decodes_to_the_same_text()
    {
        var plain = FileReader.Decode("é = 1\n"u8);
        var bom = FileReader.Decode([0xEF, 0xBB, 0xBF, .. "é = 1\n"u8.ToArray()]);

        Assert.Equal("é = 1\n", plain.Text);
        Assert.Equal(plain.Text, bom.Text);
    }

    [Fact]
    public void Utf16_with_bom_is_text_despite_its_nul_bytes()
    {
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("DEBUG=1\n")).ToArray();

        Assert.Equal("DEBUG=1\n", FileReader.Decode(bytes).Text);
    }

    [Fact]
    public void A_nul_byte_means_binary()
    {
        Assert.Equal(SkipReasons.Binary, FileReader.Decode("PK\u0003\u0004\0\0data"u8).SkipReason);
    }

    [Fact]
    public void Mostly_invalid_bytes_mean_binary()
    {
        var noise = Enumerable.Range(0, 512).Select(i => (byte)(0x80 + i % 0x40)).ToArray();

        Assert.Equal(SkipReasons.Binary, FileReader.Decode(noise).SkipReason);
    }
}
