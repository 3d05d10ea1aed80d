using Enlace.Server.Access;

namespace Enlace.Server.Contracts;

/// <summary>A source the caller's statements cite, with its Admiralty reliability in force ("F" until graded) and the grade that set it.</summary>
public sealed record SourceItem(string Name, string Reliability, SourceGradeItem? Grade, int Statements, int Documents)
{
    public static SourceItem Of(SourceView v) =>
        new(v.Name, v.Reliability.ToString(), v.Current is null ? null : SourceGradeItem.Of(v.Current), v.Statements, v.Documents);
}
