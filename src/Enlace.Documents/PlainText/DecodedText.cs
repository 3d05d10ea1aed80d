namespace Enlace.Documents.PlainText;

/// <param name="Encoding">The encoding's WHATWG label ("utf-8", "utf-16le", "windows-1252").</param>
internal readonly record struct DecodedText(string Text, string Encoding);
