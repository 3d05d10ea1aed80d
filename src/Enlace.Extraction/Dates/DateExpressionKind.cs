namespace Enlace.Extraction.Dates;

/// <summary>How a date expression is anchored: on the calendar, or on the publication date (or an earlier mention).</summary>
internal enum DateExpressionKind : byte
{
    /// <summary>Calendar fields as written; a missing year is inferred, a missing month ("jueves 22") taken from the publication.</summary>
    Calendar,

    /// <summary>A number of days from publication: "yesterday", "hoy", "two days ago".</summary>
    DayOffset,

    /// <summary>A named weekday near publication: "on Saturday", "last Friday", "el pasado martes".</summary>
    Weekday,

    /// <summary>A number of ISO weeks from the publication week: "last week", "esta semana".</summary>
    WeekOffset,

    /// <summary>The last weekend before publication: "over the weekend", "el fin de semana".</summary>
    Weekend,

    /// <summary>A number of months from the publication month: "last month", "earlier this month".</summary>
    MonthOffset,

    /// <summary>A number of years from the publication year: "last year", "en lo que va del año".</summary>
    YearOffset,

    /// <summary>A named month of a year counted from publication: "enero del año pasado", "March this year".</summary>
    MonthOfYearOffset,

    /// <summary>The last time a named month came round before publication: "last October", "el pasado octubre".</summary>
    LastNamedMonth,

    /// <summary>The day of the mention just before: "on the same day", "ese mismo día".</summary>
    SameDay,

    /// <summary>A number of days from the day mentioned just before: "al día siguiente", "two days earlier".</summary>
    DaysFromPrevious,
}
