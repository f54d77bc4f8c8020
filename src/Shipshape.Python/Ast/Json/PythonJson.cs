using System.Text;

namespace Shipshape.Python.Ast.Json;

/// <summary>JSON strings exactly as Python's <c>json.dumps</c> writes them with <c>ensure_ascii=True</c>.</summary>
public static class PythonJson
{
    public static void AppendStringOrNull(StringBuilder output, string? value)
    {
        if (value is null)
        {
            output.Append("null");
        }
        else
        {
            AppendString(output, value);
        }
    }

    public static void AppendString(StringBuilder output, string value)
    {
        output.Append('"');
        var plainStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= ' ' && c <= '~' && c != '"' && c != '\\')
            {
                continue;
            }

            output.Append(value, plainStart, i - plainStart);
            plainStart = i + 1;
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                case '\b': output.Append("\\b"); break;
                case '\f': output.Append("\\f"); break;
                default:
                    // Everything else outside printable ASCII, astral chars as their surrogate pair, like Python.
                    output.Append("\\u").Append(((int)c).ToString("x4"));
                    break;
            }
        }

        output.Append(value, plainStart, value.Length - plainStart);
        output.Append('"');
    }
}
