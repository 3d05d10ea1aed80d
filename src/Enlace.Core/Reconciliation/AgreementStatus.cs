namespace Enlace.Core.Reconciliation;

/// <summary>How the statements about one figure or date of one event relate.</summary>
public enum AgreementStatus
{
    /// <summary>Only one statement: nothing to compare.</summary>
    Single,

    /// <summary>Every pair of statements admits a common value.</summary>
    Corroborated,

    /// <summary>At least two statements admit no common value.</summary>
    Conflict,
}
