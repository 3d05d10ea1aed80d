namespace Enlace.Documents;

/// <summary>A file that cannot become a document, with a one-line reason fit to show the user.</summary>
public sealed class DocumentRejectedException(string reason) : Exception(reason);
