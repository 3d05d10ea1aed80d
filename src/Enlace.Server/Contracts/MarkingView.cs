using Enlace.Core.Markings;

namespace Enlace.Server.Contracts;

/// <summary>A marking as the API writes it: "TLP:AMBER" and "H0".</summary>
public sealed record MarkingView(string Tlp, string Handling)
{
    public static MarkingView Of(Marking marking) => new("TLP:" + Marking.TlpLabel(marking.Tlp), marking.Handling.ToString());
}
