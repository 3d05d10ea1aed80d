using System.Text;
using Enlace.Core.Documents;
using Enlace.Core.Markings;

namespace Enlace.Storage.Tests;

/// <summary>Small reports written for these tests, in both languages.</summary>
internal static class Reports
{
    public const string SpanishRaid =
        "La Policía Nacional del Perú detuvo a 31 presuntos integrantes del Tren de Aragua en Los Olivos. " +
        "Según la Fiscalía, las mujeres rescatadas fueron trasladadas a un albergue.";

    public const string EnglishRaid =
        "Police in Arica arrested 17 suspected members of the Tren de Aragua cell known as El Tren del Norte, " +
        "prosecutors said on Monday. Twelve kilograms of cocaine were seized.";

    public const string EnglishDeportation =
        "Chile expelled 62 Venezuelan nationals on a military flight from Santiago, the interior ministry said.";

    public static NewDocument Text(string text, string language, string fileName = "report.txt", Marking? marking = null, DateOnly? published = null) =>
        new(fileName, "text/plain", null, language, published, text, Encoding.UTF8.GetBytes(text), marking ?? Marking.Default);
}
