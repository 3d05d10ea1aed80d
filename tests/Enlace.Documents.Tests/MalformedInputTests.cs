using CsCheck;
using Enlace.Documents.Tests.Support;
using Enlace.Testing;

namespace Enlace.Documents.Tests;

/// <summary>Whatever the bytes, a reader either decodes them or rejects them: no library exception reaches the caller.</summary>
public sealed class MalformedInputTests
{
    private static readonly DocumentReader Reader = new();

    public static TheoryData<string, byte[]> ValidFiles() => new()
    {
        { "a.txt", "La Policía detuvo a Núñez.\n"u8.ToArray() },
        { "a.html", "<html><head><title>T</title></head><body><p>Policía</p><table><tr><td>x</td></tr></table></body></html>"u8.ToArray() },
        { "a.eml", "Subject: =?utf-8?q?Aviso?=\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nUG9saWPDrWE=\r\n"u8.ToArray() },
        { "a.pdf", SamplePdf.WithPages("Informe", "D:20240305", ["Policia Nacional", "Tres detenidos"]) },
        { "a.docx", SampleDocx.Write("Título", DateTime.UnixEpoch, SampleDocx.Paragraph("Policía"), SampleDocx.Table(["a", "b"])) },
    };

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Corrupting_any_bytes_of_a_valid_file_never_throws_anything_but_a_rejection(string fileName, byte[] valid)
    {
        var corruption = Gen.Select(Gen.Int[0, valid.Length - 1].Array[1, 8], Gen.Byte.Array[8], Gen.Int[1, valid.Length]);

        corruption.Sample(
            (positions, values, length) =>
            {
                var bytes = valid.AsSpan(0, length).ToArray();
                for (var i = 0; i < positions.Length; i++)
                {
                    if (positions[i] < bytes.Length)
                    {
                        bytes[positions[i]] = values[i];
                    }
                }

                var error = Record.Exception(() => Reader.Read(fileName, bytes));
                return error is null or DocumentRejectedException;
            },
            iter: 300);
    }

    [Theory]
    [InlineData("r.txt")]
    [InlineData("r.html")]
    [InlineData("r.pdf")]
    [InlineData("r.docx")]
    [InlineData("r.eml")]
    public void Random_bytes_never_throw_anything_but_a_rejection(string fileName) =>
        Gen.Byte.Array[1, 2000].Sample(
            bytes => Record.Exception(() => Reader.Read(fileName, bytes)) is null or DocumentRejectedException,
            iter: 300);
}
