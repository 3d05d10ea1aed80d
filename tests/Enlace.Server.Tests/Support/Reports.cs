namespace Enlace.Server.Tests.Support;

/// <summary>The synthetic Spanish reports of the corpus (copied next to the tests), and hostile files made here.</summary>
internal static class Reports
{
    /// <summary>A police press release on a raid.</summary>
    public static string PoliceRelease => Path.Combine(AppContext.BaseDirectory, "reports", "es01_pnp_cadenas_rotas.txt");

    /// <summary>A newspaper's account of the same raid, with some figures that disagree.</summary>
    public static string NewspaperAccount => Path.Combine(AppContext.BaseDirectory, "reports", "es02_elfaro_cadenas_rotas.txt");

    public static MultipartFormDataContent Form(string path, string? tlp = null) =>
        Form(File.ReadAllBytes(path), Path.GetFileName(path), tlp);

    public static MultipartFormDataContent Form(byte[] bytes, string fileName, string? tlp = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", fileName } };
        if (tlp is not null)
        {
            form.Add(new StringContent(tlp), "tlp");
        }

        return form;
    }
}
