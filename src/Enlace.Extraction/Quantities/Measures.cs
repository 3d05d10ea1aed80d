namespace Enlace.Extraction.Quantities;

/// <summary>The names of what a figure counts, as the extraction contract spells them.</summary>
public static class Measures
{
    public const string Arrested = "arrested";
    public const string Targeted = "targeted";
    public const string Charged = "charged";
    public const string Sentenced = "sentenced";
    public const string InCustody = "in_custody";
    public const string Rescued = "rescued";
    public const string Victims = "victims";
    public const string Officers = "officers";
    public const string Locations = "locations";
    public const string Deported = "deported";
    public const string Seized = "seized";
    public const string Members = "members";
    public const string Killed = "killed";
    public const string Other = "other";
}
