using Enlace.Core.Access;
using Enlace.Core.Entities;
using Enlace.Core.Grading;
using Enlace.Core.Statements;

namespace Enlace.Server.Components.Localization;

/// <summary>
/// Every word the web UI shows, in one typed dictionary: <see cref="English"/> and <see cref="Spanish"/> must each set
/// every member (they are required), so a string cannot exist in one language only. Texts with {0} are formats.
/// </summary>
public sealed partial class UiText
{
    public static UiText For(string code) => code == "es" ? Spanish : English;

    // Frame and menu
    public required string SkipToContent { get; init; }
    public required string MainMenu { get; init; }
    public required string Language { get; init; }
    public required string SignOut { get; init; }
    public required string Footer { get; init; }
    public required string Home { get; init; }
    public required string Documents { get; init; }
    public required string Statements { get; init; }
    public required string Conflicts { get; init; }
    public required string Events { get; init; }
    public required string Entities { get; init; }
    public required string Search { get; init; }
    public required string Network { get; init; }
    public required string Timeline { get; init; }
    public required string Map { get; init; }
    public required string Brief { get; init; }
    public required string NotFound { get; init; }
    public required string NotFoundDetail { get; init; }
    public required string Next { get; init; }
    public required string Nothing { get; init; }
    public required string Filter { get; init; }
    public required string Any { get; init; }
    public required string Welcome { get; init; }
    public required string SignedInAs { get; init; }
    public required string YourClearance { get; init; }
    public required string HomeIntro { get; init; }

    // Sign-in
    public required string SignInTitle { get; init; }
    public required string UserName { get; init; }
    public required string Password { get; init; }
    public required string SignInButton { get; init; }
    public required string SignInWrong { get; init; }
    public required string SignInLocked { get; init; }
    public required string SignInExpired { get; init; }

    // Documents
    public required string Upload { get; init; }
    public required string UploadHelp { get; init; }
    public required string ReportFile { get; init; }
    public required string Marking { get; init; }
    public required string Handling { get; init; }
    public required string DocumentLanguage { get; init; }
    public required string Detect { get; init; }
    public required string Published { get; init; }
    public required string UploadButton { get; init; }
    public required string UploadNoFile { get; init; }
    public required string UploadUnreadable { get; init; }
    public required string UploadAdded { get; init; }
    public required string UploadUnchanged { get; init; }
    public required string Title { get; init; }
    public required string FileName { get; init; }
    public required string Size { get; init; }
    public required string Ingested { get; init; }
    public required string NoDocuments { get; init; }
    public required string Untitled { get; init; }
    public required string ReportText { get; init; }
    public required string HighlightsHelp { get; init; }
    public required string ExtractedItems { get; init; }
    public required string Original { get; init; }

    // Statements
    public required string Subject { get; init; }
    public required string Property { get; init; }
    public required string Value { get; init; }
    public required string Source { get; init; }
    public required string Grade { get; init; }
    public required string Origin { get; init; }
    public required string InText { get; init; }
    public required string Document { get; init; }
    public required string From { get; init; }
    public required string To { get; init; }
    public required string AssertedBy { get; init; }
    public required string ExtractedBy { get; init; }
    public required string EnteredBy { get; init; }
    public required string Reliability { get; init; }
    public required string Credibility { get; init; }
    public required string UnratedSource { get; init; }
    public required string NoStatements { get; init; }

    // Conflicts, events, adjudication
    public required string GroupEvents { get; init; }
    public required string GroupEventsHelp { get; init; }
    public required string Grouped { get; init; }
    public required string Event { get; init; }
    public required string Figure { get; init; }
    public required string Status { get; init; }
    public required string NoConflicts { get; init; }
    public required string NoEvents { get; init; }
    public required string OpenConflict { get; init; }
    public required string Adjudicate { get; init; }
    public required string ChooseValue { get; init; }
    public required string Reason { get; init; }
    public required string SaveDecision { get; init; }
    public required string Decisions { get; init; }
    public required string Decision { get; init; }
    public required string Alternatives { get; init; }
    public required string DecidedBy { get; init; }
    public required string NoDecision { get; init; }
    public required string AdjudicateNoChoice { get; init; }
    public required string AdjudicateNoReason { get; init; }
    public required string Adjudicated { get; init; }
    public required string NotAllowedToAdjudicate { get; init; }
    public required string Dates { get; init; }
    public required string Figures { get; init; }
    public required string Places { get; init; }
    public required string Participants { get; init; }
    public required string Sources { get; init; }
    public required string DateFigure { get; init; }

    // Entities
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public required string Aliases { get; init; }
    public required string Roles { get; init; }
    public required string AboutIt { get; init; }
    public required string PointingAtIt { get; init; }
    public required string NoEntities { get; init; }

    // Search
    public required string SearchWords { get; init; }
    public required string SearchButton { get; init; }
    public required string Results { get; init; }
    public required string NoResults { get; init; }

    // Brief
    public required string BriefOn { get; init; }
    public required string Summary { get; init; }
    public required string OpenConflicts { get; init; }
    public required string Citations { get; init; }
    public required string Downloads { get; init; }
    public required string Generated { get; init; }

    // Network, timeline, map
    public required string NetworkHelp { get; init; }
    public required string Links { get; init; }
    public required string TimelineHelp { get; init; }
    public required string MapHelp { get; init; }
    public required string PlacesWithoutCoordinates { get; init; }
    public required string Mentions { get; init; }

    // Sources and their grades
    public required string SourcesHelp { get; init; }
    public required string NoSources { get; init; }
    public required string GradeSource { get; init; }
    public required string GradeSourceHelp { get; init; }
    public required string SaveGrade { get; init; }
    public required string SourceGraded { get; init; }
    public required string GradeNoReason { get; init; }
    public required string GradeNoSource { get; init; }
    public required string GradeRefused { get; init; }
    public required string NotAllowedToGrade { get; init; }
    public required string GradeHistory { get; init; }
    public required string GradeHistoryOf { get; init; }
    public required string NotGraded { get; init; }
    public required string GradedBy { get; init; }

    // Values
    public required IReadOnlyDictionary<Qualifier, string> Qualifiers { get; init; }
    public required IReadOnlyDictionary<string, string> Words { get; init; }
    public required IReadOnlyDictionary<EntityKind, string> Kinds { get; init; }
    public required IReadOnlyDictionary<Role, string> RoleNames { get; init; }
    public required IReadOnlyDictionary<SourceReliability, string> ReliabilityNames { get; init; }
    public required IReadOnlyDictionary<InformationCredibility, string> CredibilityNames { get; init; }
    public required IReadOnlyDictionary<StatementOrigin, string> Origins { get; init; }

    public string RoleName(Role role) => RoleNames.GetValueOrDefault(role, role.ToName());

    /// <summary>A property, measure, population or status word in this language; unknown words are shown as they are.</summary>
    public string Word(string? word) => word is null ? "" : Words.GetValueOrDefault(word, word.Replace('_', ' '));

    public string KindName(EntityKind kind) => Kinds.GetValueOrDefault(kind, kind.ToString());

    public string Format(string format, params object?[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
}
