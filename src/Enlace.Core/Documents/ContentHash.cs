using System.Security.Cryptography;

namespace Enlace.Core.Documents;

/// <summary>The SHA-256 of a document's original bytes, as lowercase hex: the identity used for idempotent ingest.</summary>
public static class ContentHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
