namespace Enlace.Extraction.Numbers;

/// <summary>Month and weekday names in both languages, full and abbreviated, for telling a day of the month from a count.</summary>
internal static class CalendarWords
{
    public static FoldedSet Months { get; } = new(
        "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
        "ene feb mar abr may jun jul ago sep sept set oct nov dic " +
        "january february march april june july august september october november december jan apr aug dec");

    public static FoldedSet Weekdays { get; } = new(
        "lunes martes miércoles jueves viernes sábado domingo " +
        "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun");
}
