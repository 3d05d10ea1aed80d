namespace Enlace.Documents.Formats;

/// <summary>Turns an exception thrown by a format library into the one-line reason a user sees.</summary>
internal static class LibraryFailure
{
    private const int MaxDetailLength = 160;

    public static DocumentRejectedException Reject(string what, Exception exception)
    {
        // Library messages can span lines or quote whole objects; the reason must stay one readable line.
        var detail = string.Join(' ', exception.Message.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        if (detail.Length == 0)
        {
            detail = exception.GetType().Name;
        }
        else if (detail.Length > MaxDetailLength)
        {
            detail = string.Concat(detail.AsSpan(0, MaxDetailLength), "…");
        }

        return new DocumentRejectedException($"{what}: {detail}");
    }
}
