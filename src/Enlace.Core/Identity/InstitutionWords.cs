using System.Collections.Frozen;

namespace Enlace.Core.Identity;

/// <summary>
/// Words that say what kind of body an organisation is but not which one. A name made only of them ("Policía
/// Nacional", "Ministerio Público", "Interior Ministry") exists in every country, so it never identifies on its own.
/// Office words name a branch ("unit in Lima", "oficina … en Bogotá") and drop out once the place is known.
/// </summary>
internal static class InstitutionWords
{
    private static readonly FrozenSet<string> Generic = new[]
    {
        "policia", "police", "policial", "nacional", "national", "ministerio", "ministry", "publico", "publica", "public",
        "fiscalia", "fiscal", "prosecutor", "prosecutors", "prosecution", "attorney", "general", "estado", "state", "nacion", "nation",
        "gobierno", "government", "corte", "court", "suprema", "supreme", "juzgado", "tribunal", "poder", "judicial", "justicia", "justice",
        "embajada", "embassy", "consulado", "consulate", "congreso", "congress", "interior", "seguridad", "security",
        "ejercito", "army", "armada", "navy", "fuerza", "fuerzas", "force", "forces", "aerea", "air",
        "departamento", "department", "direccion", "directorate", "division", "unidad", "unit", "servicio", "service",
        "instituto", "institute", "investigaciones", "investigations", "investigacion", "investigation", "criminal",
        "federal", "central", "regional", "provincial", "municipal", "metropolitana", "metropolitan", "agencia", "agency",
        "bureau", "comando", "command", "brigada", "brigade", "superintendencia", "migraciones", "migracion", "immigration",
        "migration", "aduanas", "customs", "especial", "special", "especializada", "specialized", "office", "oficina",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Office = new[]
    {
        "unit", "office", "oficina", "unidad", "sede", "field", "branch", "delegacion", "delegation", "seccion", "section",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[][] LegalForms =
    [
        ["s", "a", "c"], ["s", "a", "a"], ["s", "r", "l"], ["s", "a"], ["s", "l"], ["sac"], ["saa"], ["srl"], ["sa"], ["sl"],
        ["ltda"], ["ltd"], ["inc"], ["llc"], ["corp"],
    ];

    public static bool IsGeneric(string token) => Generic.Contains(token);

    public static bool IsOffice(string token) => Office.Contains(token);

    /// <summary>How many trailing tokens are a company's legal form ("S.A.C.", "Ltd"), which does not identify it.</summary>
    public static int LegalFormLength(IReadOnlyList<string> tokens)
    {
        foreach (var form in LegalForms)
        {
            if (form.Length < tokens.Count && EndsWith(tokens, form))
            {
                return form.Length;
            }
        }

        return 0;
    }

    private static bool EndsWith(IReadOnlyList<string> tokens, string[] form)
    {
        var start = tokens.Count - form.Length;
        for (var i = 0; i < form.Length; i++)
        {
            if (tokens[start + i] != form[i])
            {
                return false;
            }
        }

        return true;
    }
}
