namespace Enlace.Extraction.Quantities;

internal enum UnitKind
{
    Weight,
    Money,
    Duration,
    Distance,
}
