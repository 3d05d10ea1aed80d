namespace Enlace.Core.Identity;

/// <summary>One blocking key of one distinct name form; sorting by key lines up each block.</summary>
internal readonly record struct BlockEntry(ulong Key, int Form) : IComparable<BlockEntry>
{
    public int CompareTo(BlockEntry other) => Key != other.Key ? Key.CompareTo(other.Key) : Form.CompareTo(other.Form);
}
