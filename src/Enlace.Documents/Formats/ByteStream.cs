using System.Runtime.InteropServices;

namespace Enlace.Documents.Formats;

/// <summary>A read-only stream over the file's bytes for the libraries that only read streams, without copying when it can.</summary>
internal static class ByteStream
{
    public static MemoryStream Over(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Array is { } array
            ? new MemoryStream(array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
