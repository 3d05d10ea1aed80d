namespace Enlace.Core.Reconciliation;

/// <summary>How the statements about one figure or date of one event relate.</summary>
public enum AgreementStatus
{
    /// <summary>Only one statement, or several from one source that agree: nothing to compare.</summary>
    Single,

    /// <summary>Every pair of statements admits a common value, and at least two sources give them.</summary>
    Corroborated,

    /// <summary>At least two statements admit no common value.</summary>
    Conflict,
}
