namespace Enlace.Core.Identity;

/// <summary>
/// Receives blocking keys as they are written, part by part, so the resolver can hash them without building strings
/// and a test can read them as text.
/// </summary>
internal interface IKeySink
{
    void Begin(char tag);

    void Append(ReadOnlySpan<char> part);

    void End();
}
