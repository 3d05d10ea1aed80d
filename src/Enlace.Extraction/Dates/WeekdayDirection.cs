namespace Enlace.Extraction.Dates;

/// <summary>Which occurrence of a named weekday an expression means, counted from the publication date.</summary>
internal enum WeekdayDirection : byte
{
    /// <summary>"on Tuesday" in a Tuesday paper is that day; otherwise the last one before it.</summary>
    OnOrBefore,

    /// <summary>"last Friday", "el pasado martes": strictly before.</summary>
    Before,

    /// <summary>"this Friday" in a sentence about what will happen.</summary>
    OnOrAfter,

    /// <summary>"next Friday", "el próximo viernes".</summary>
    After,
}
