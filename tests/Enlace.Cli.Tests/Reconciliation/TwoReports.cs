using Enlace.Core.Reconciliation;
using Enlace.Extraction.Gazetteers;
using Enlace.Ingest;
using Enlace.Storage;
using Enlace.Testing;

namespace Enlace.Cli.Tests.Reconciliation;

/// <summary>
/// One invented raid told twice, by a Spanish police note and an English wire story: the police under both its names,
/// a gang leader by name in one and by nickname in the other, and figures that partly disagree.
/// </summary>
internal static class TwoReports
{
    public const string Spanish =
        "Arequipa, 8 de octubre de 2025. La Policía Nacional del Perú (PNP) detuvo ayer martes a 14 presuntos integrantes de la banda " +
        "Los Cóndores del Sur en el distrito de Cayma, con apoyo de la oficina de HSI Lima. Entre los detenidos figura su cabecilla, " +
        "Wilber Ccori Huanca, alias \"El Cuervo\". En el operativo participaron más de 100 agentes y fueron rescatadas nueve mujeres.\n";

    public const string English =
        "AREQUIPA, Peru, Oct. 8, 2025 — Peruvian National Police arrested 16 suspected members of the Los Cóndores del Sur gang in the " +
        "Cayma district of Arequipa on Tuesday, working with Homeland Security Investigations. The gang's leader, known as \"El Cuervo\", " +
        "was among those detained. About 120 officers took part and nine women were rescued, police said.\n";

    public static string Folder()
    {
        var files = SampleFiles.InNewFolder();
        files.Text("nota-policial.txt", Spanish);
        files.Text("wire.txt", English);
        return files.Folder;
    }

    /// <summary>Ingests both reports for the tenant and reconciles them as `enlace ingest` does.</summary>
    public static async Task<(Guid Tenant, ReconcileSummary Summary)> IngestAsync(SqlStore store, string tenant = IngestOptions.DefaultTenant)
    {
        await new IngestPipeline(store, new IngestOptions(tenant)).RunAsync(IngestPlan.For([Folder()]));
        var id = await store.EnsureTenantAsync(tenant);
        return (id, await Reconciler(store).ReconcileAsync(id));
    }

    public static Reconciler Reconciler(SqlStore store) => new(store, TimeProvider.System, GazetteerNames.Instance, GazetteerNames.Instance);
}
