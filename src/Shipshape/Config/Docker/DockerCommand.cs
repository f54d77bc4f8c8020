using System.Collections.Immutable;
using System.Text.Json;

namespace Shipshape.Config.Docker;

/// <summary>
/// The argument of CMD, ENTRYPOINT, RUN or HEALTHCHECK CMD in exec form (a JSON array of strings)
/// or shell form (a string run by <c>/bin/sh -c</c>). <see cref="Words"/> is the array for exec
/// form and the shell words of the text for shell form.
/// </summary>
public sealed record DockerCommand(bool IsExecForm, ImmutableArray<string> Words, string Text)
{
    public static DockerCommand FromArguments(string arguments)
    {
        var text = arguments.Trim();
        if (text.StartsWith('[') && TryParseJsonArray(text) is { } array)
            return new DockerCommand(true, array, string.Join(' ', array));
        return new DockerCommand(false, [.. ShellWords.Split(text)], text);
    }

    // Docker falls back to shell form when the JSON is not an array of strings; so do we.
    private static ImmutableArray<string>? TryParseJsonArray(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind != JsonValueKind.Array)
                return null;
            var builder = ImmutableArray.CreateBuilder<string>();
            foreach (var item in json.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                    return null;
                builder.Add(item.GetString()!);
            }
            return builder.ToImmutable();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
