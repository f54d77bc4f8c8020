using System.Runtime.InteropServices;

namespace Shipshape.Discovery;

/// <summary>
/// The canonical path of a file or folder with every symbolic link resolved (POSIX realpath), so
/// "is it inside the root?" cannot be fooled by a chain of links or "..". Null when it cannot be resolved.
/// </summary>
internal static class RealPath
{
    public static string? Resolve(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return (info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName;
        }
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    public static bool IsInside(string path, string root) =>
        path == root || path.StartsWith(root.EndsWith('/') ? root : root + "/", StringComparison.Ordinal);

    [DllImport("libc", CharSet = CharSet.Ansi)] // Ansi is UTF-8 on Unix.
    private static extern IntPtr realpath(string path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);
}
