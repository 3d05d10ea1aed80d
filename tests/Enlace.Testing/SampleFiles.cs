using System.Text;

namespace Enlace.Testing;

/// <summary>Writes report files of every kind ingest meets, good and bad, into a folder.</summary>
public sealed class SampleFiles(string folder)
{
    public string Folder { get; } = folder;

    public static SampleFiles InNewFolder() => new(Directory.CreateTempSubdirectory("enlace-files-").FullName);

    public string Text(string name, string text) => Bytes(name, Encoding.UTF8.GetBytes(text));

    public string Bytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? Folder);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A sparse file of the given size: large on paper, instant to make.</summary>
    public string Huge(string name, long length)
    {
        var path = Path.Combine(Folder, name);
        using var stream = File.Create(path);
        stream.SetLength(length);
        return path;
    }

    /// <summary>A real one-page PDF with one line of ASCII text per entry (the standard fonts carry no accents).</summary>
    public string Pdf(string name, params string[] lines) => Bytes(name, SamplePdf.WithPages(null, null, lines));

    /// <summary>What a scanner without OCR produces, minus the image: pages with drawing but no text.</summary>
    public string PdfWithoutText(string name) => Bytes(name, SamplePdf.WithoutTextLayer());
}
