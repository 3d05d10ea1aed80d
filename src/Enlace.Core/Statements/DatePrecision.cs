namespace Enlace.Core.Statements;

/// <summary>How precisely a date is known: "2025-02-07", "2025-W06", "2025-01" or "2025".</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Year,
}
