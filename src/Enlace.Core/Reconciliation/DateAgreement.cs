namespace Enlace.Core.Reconciliation;

/// <summary>How the dates two reports give for a happening relate, by their closest pair; stronger agreement sorts higher.</summary>
public enum DateAgreement
{
    /// <summary>At least one of the two gives no date.</summary>
    Unknown,

    /// <summary>No date of one is near any date of the other.</summary>
    Apart,

    /// <summary>They overlap only through a month or a year: the same month, or a day within the other's month.</summary>
    Loose,

    /// <summary>Days or weeks at most three days apart: the same happening told with a date conflict, or two happenings.</summary>
    Near,

    /// <summary>Days or weeks that overlap.</summary>
    Close,
}
