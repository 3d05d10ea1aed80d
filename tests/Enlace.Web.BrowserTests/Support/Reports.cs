namespace Enlace.Web.BrowserTests.Support;

/// <summary>Report files the tests upload: the corpus's synthetic Spanish reports, and a hostile one made here.</summary>
internal static class Reports
{
    /// <summary>A police press release on a raid.</summary>
    public static string PoliceRelease => Path.Combine(AppContext.BaseDirectory, "reports", "es01_pnp_cadenas_rotas.txt");

    /// <summary>A newspaper's account of the same raid, whose figures partly disagree with the release.</summary>
    public static string NewspaperAccount => Path.Combine(AppContext.BaseDirectory, "reports", "es02_elfaro_cadenas_rotas.txt");

    /// <summary>Three reports, by the police, an embassy and a newspaper, of one rescue in Medellín (one also recalls an earlier one).</summary>
    public static IReadOnlyList<string> Medellin { get; } =
        [.. new[] { "x06_policia-colombia_medellin.txt", "x07_us-embassy-bogota_medellin.txt", "x08_heraldo-antioquia_medellin.txt" }
            .Select(f => Path.Combine(AppContext.BaseDirectory, "reports", "cross", f))];

    /// <summary>An HTML report that tries every way to run script: tags, handlers, javascript: links, and escaped markup in its text.</summary>
    public static string Hostile => Path.Combine(AppContext.BaseDirectory, "reports", "hostile.html");
}
