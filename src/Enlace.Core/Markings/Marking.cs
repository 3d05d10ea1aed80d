namespace Enlace.Core.Markings;

/// <summary>The handling marking of a document or statement: a TLP level and a handling code.</summary>
public sealed record Marking(Tlp Tlp, HandlingCode Handling)
{
    /// <summary>The default for material an agency ingests itself: shareable with partners under TLP:AMBER, police use only.</summary>
    public static Marking Default { get; } = new(Tlp.Amber, HandlingCode.H0);

    /// <summary>The stricter of two markings, used when one item is derived from another.</summary>
    public Marking Strictest(Marking other) =>
        new((Tlp)Math.Max((int)Tlp, (int)other.Tlp), (HandlingCode)Math.Max((int)Handling, (int)other.Handling));

    public override string ToString() => $"TLP:{TlpLabel(Tlp)} {Handling}";

    public static string TlpLabel(Tlp tlp) => tlp switch
    {
        Tlp.Clear => "CLEAR",
        Tlp.Green => "GREEN",
        Tlp.Amber => "AMBER",
        Tlp.AmberStrict => "AMBER+STRICT",
        Tlp.Red => "RED",
        _ => throw new ArgumentOutOfRangeException(nameof(tlp)),
    };

    /// <summary>Parses "red", "TLP:AMBER+STRICT", "amber-strict" and the like.</summary>
    public static bool TryParseTlp(string? text, out Tlp tlp)
    {
        var key = (text ?? "").Trim().ToUpperInvariant().Replace("TLP:", "").Replace('-', '+').Replace('_', '+');
        (var ok, tlp) = key switch
        {
            "CLEAR" or "WHITE" => (true, Tlp.Clear),
            "GREEN" => (true, Tlp.Green),
            "AMBER" => (true, Tlp.Amber),
            "AMBER+STRICT" => (true, Tlp.AmberStrict),
            "RED" => (true, Tlp.Red),
            _ => (false, Tlp.Red),
        };
        return ok;
    }
}
