namespace Enlace.Extraction.Numbers;

/// <summary>How long a word may be to be folded on the stack before a lookup; longer ones (rare) are folded into a string.</summary>
internal static class FoldedKey
{
    public const int MaxLength = 64;
}
