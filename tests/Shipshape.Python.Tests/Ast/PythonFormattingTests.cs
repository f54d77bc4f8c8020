using System.Globalization;
using System.Text;
using Shipshape.Python.Ast.Json;
using Shipshape.Python.Tests.Support;

namespace Shipshape.Python.Tests.Ast;

/// <summary>The dumper's number and string formatting against python3's own repr and json.dumps.</summary>
public class PythonFormattingTests
{
    [Fact]
    public void Float_repr_matches_python_on_random_and_edge_values()
    {
        var random = new Random(20261122);
        var values = new List<double>
        {
            0.0, -0.0, 1.0, 0.1, 0.5, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 0.00012345, 123456789.0,
            1e22, 1e23, 5e-324, double.Epsilon, double.MaxValue, double.MinValue, double.PositiveInfinity,
            double.NegativeInfinity, 1.0 / 3, 2.5e-7, 1234.5e10,
        };
        for (var i = 0; i < 3000; i++)
        {
            var bits = random.NextInt64(long.MinValue, long.MaxValue);
            var value = BitConverter.Int64BitsToDouble(bits);
            if (!double.IsNaN(value))
            {
                values.Add(value);
            }

            // Short decimals are the common case in source code.
            values.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 20)), random.Next(0, 6)));
        }

        var input = string.Join("\n", values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString("x16", CultureInfo.InvariantCulture)));
        var expected = PythonProcess.Run(
            "import struct,sys\nfor h in sys.stdin.read().split():\n    print(repr(struct.unpack('>d', bytes.fromhex(h))[0]))",
            input).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected, values.Select(PythonFloat.Repr));
    }

    [Fact]
    public void Json_strings_match_python_json_dumps()
    {
        var samples = new List<string>
        {
            "", "plain", "quote \" backslash \\ slash /", "\n\r\t\b\f\v\0\x1b\x7f", "é ñ 名前 €", "😀 astral",
            "\ud800 lone surrogate", "tab\tand\u2028line separator", "~ del\u007f",
        };
        samples.Add(new string(Enumerable.Range(0, 0x300).Select(c => (char)c).ToArray()));

        // Each UTF-16 unit as 4 hex digits, so lone surrogates cross the process boundary intact.
        var input = string.Join("\n", samples.Select(s => string.Concat(s.Select(c => ((int)c).ToString("x4", CultureInfo.InvariantCulture)))));
        var expected = PythonProcess.Run(
            "import json,sys\nfor h in sys.stdin.read().split('\\n'):\n" +
            "    units = bytes.fromhex(h)\n" +
            "    print(json.dumps(units.decode('utf-16-be', 'surrogatepass')))",
            input).Split('\n')[..samples.Count];

        var actual = samples.Select(s =>
        {
            var output = new StringBuilder();
            PythonJson.AppendString(output, s);
            return output.ToString();
        });
        Assert.Equal(expected, actual);
    }
}
