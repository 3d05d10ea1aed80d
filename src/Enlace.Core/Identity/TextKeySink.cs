using System.Text;

namespace Enlace.Core.Identity;

/// <summary>Writes keys as readable text ("C:hsi", "S:riv|oqu"), for tests and for explaining a block.</summary>
internal struct TextKeySink(List<string> keys) : IKeySink
{
    private StringBuilder? _text;

    public void Begin(char tag) => _text = new StringBuilder().Append(tag).Append(':');

    public readonly void Append(ReadOnlySpan<char> part)
    {
        if (_text!.Length > 2)
        {
            _text.Append('|');
        }

        _text.Append(part);
    }

    public readonly void End() => keys.Add(_text!.ToString());
}
