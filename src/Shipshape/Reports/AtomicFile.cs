using System.Text;

namespace Shipshape.Reports;

/// <summary>
/// Writes a file so readers never see half of it: to a temporary file in the same folder, then
/// renamed over the target. A failure is an <see cref="InputException"/> naming the path.
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder)) throw new InputException($"cannot write {path}: folder {folder} does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, content, Utf8NoBom);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new InputException($"cannot write {path}: {e.Message}");
        }
    }
}
