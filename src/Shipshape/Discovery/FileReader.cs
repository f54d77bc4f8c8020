using System.Buffers;
using System.Text;
using Shipshape.Model;

namespace Shipshape.Discovery;

/// <summary>
/// Reads a file as text: UTF-8 (with or without BOM) or UTF-16 with a BOM. A NUL byte, or invalid
/// sequences and control characters making up over 30% of the text, mean binary; a few invalid bytes are replaced and warned about.
/// </summary>
public static class FileReader
{
    private const int SampleSize = 8192;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Reads at most <paramref name="size"/> bytes (the size discovery saw, so a growing file cannot
    /// blow the limit). A zero size is not opened at all: FIFOs, sockets and devices report zero,
    /// and opening a FIFO would block the scan forever.
    /// </summary>
    public static FileReadResult Read(string fullPath, long size)
    {
        if (size == 0) return new("", null, null);
        if (size > Array.MaxLength) return new(null, SkipReasons.TooLarge, null);
        // The bytes only live until they are decoded: a pooled buffer keeps large files out of the
        // large-object heap, whose collections are the expensive ones.
        var bytes = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            using var handle = File.OpenHandle(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var read = 0;
            while (read < size && RandomAccess.Read(handle, bytes.AsSpan(read, (int)size - read), read) is var count and > 0)
                read += count;
            return Decode(bytes.AsSpan(0, read));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, SkipReasons.Unreadable, null);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public static FileReadResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            var utf16 = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return new(utf16.GetString(bytes[2..]), null, null);
        }
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) bytes = bytes[3..];

        var sample = bytes[..Math.Min(bytes.Length, SampleSize)];
        if (sample.Contains((byte)0)) return new(null, SkipReasons.Binary, null);

        try
        {
            return new(StrictUtf8.GetString(bytes), null, null);
        }
        catch (DecoderFallbackException)
        {
            var text = Encoding.UTF8.GetString(bytes); // invalid sequences become U+FFFD
            var suspicious = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')));
            // Legacy-encoded text has a few odd bytes (an accented name); binary data is mostly odd bytes.
            if (suspicious * 10 > Math.Max(text.Length, 1) * 3) return new(null, SkipReasons.Binary, null);
            return new(text, null, "not valid UTF-8: invalid bytes were replaced with U+FFFD");
        }
    }
}
