namespace Enlace.Extraction.Numbers;

/// <summary>What a run of digits looks like before anything around it is considered.</summary>
internal enum DigitShape
{
    /// <summary>A count or amount: "23", "1.250", "48,000", "2,5", "2.5".</summary>
    Amount,

    /// <summary>A code or reference: "0800", "1.2.3", groups that are not thousands.</summary>
    Code,

    /// <summary>"11:35".</summary>
    Time,

    /// <summary>"2/10/2025", "17/03".</summary>
    Date,

    /// <summary>More than fifteen integer digits: no report counts anything that large.</summary>
    Absurd,
}
