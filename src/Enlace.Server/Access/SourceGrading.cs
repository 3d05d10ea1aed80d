using Enlace.Core.Access;
using Enlace.Core.Documents;
using Enlace.Core.Grading;
using Enlace.Core.Sources;
using Enlace.Core.Statements;
using Enlace.Server.Hosting;
using Enlace.Storage;
using Enlace.Storage.Access;

namespace Enlace.Server.Access;

/// <summary>A source as a reader sees it: its name, the grade in force (F when never graded) and how much cites it.</summary>
public sealed record SourceView(string Name, SourceReliability Reliability, SourceGrade? Current, int Statements, int Documents);

/// <summary>
/// The agency's source grades on behalf of the signed-in user, under the same rules as <see cref="SecuredData"/>: a
/// reader only learns of a source that a statement they may read cites (another agency's sources, and sources cited
/// only above the reader's marking, are not found), grading needs the permission to grade sources, and protected
/// people's names are blotted for readers without need-to-know. Grades are added, never changed.
/// </summary>
public sealed class SourceGrading(SqlStore store, ClearedQueries queries, AccessScope scope, TimeProvider clock)
{
    // Pages ask for many statements' grades at once: each read is started once and shared, never repeated per statement.
    private readonly Dictionary<Guid, Task<Document?>> _documents = [];
    private Task<SourceGradeBook>? _book;
    private Task<IReadOnlyList<CitedSource>>? _cited;
    private Task<Masking>? _masking;

    /// <summary>Every source the reader's statements cite, with its grade in force, by name.</summary>
    public async Task<IReadOnlyList<SourceView>> SourcesAsync(CancellationToken cancellationToken)
    {
        var book = await BookAsync(cancellationToken);
        var masking = await MaskingAsync(cancellationToken);
        return [.. (await CitedAsync(cancellationToken))
            .GroupBy(c => SourceGrade.KeyOf(c.Name))
            .Select(g =>
            {
                var name = g.OrderByDescending(c => c.Statements).ThenBy(c => c.Name, StringComparer.Ordinal).First().Name;
                var current = book.Current(name);
                return new SourceView(masking.Text(name), current?.Reliability ?? SourceReliability.F, current is null ? null : Masked(current, masking),
                    g.Sum(c => c.Statements), g.Sum(c => c.Documents));
            })
            .OrderBy(v => v.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Every grade given to one source, oldest first.</summary>
    public async Task<IReadOnlyList<SourceGrade>> HistoryAsync(string source, CancellationToken cancellationToken)
    {
        var name = await CitedNameAsync(source, cancellationToken);
        var masking = await MaskingAsync(cancellationToken);
        return [.. (await new SourceGradeStore(store).ListAsync(scope.TenantId, name, cancellationToken)).Select(g => Masked(g, masking))];
    }

    /// <summary>Grades a source the reader's statements cite, with a reason; earlier grades stay as its history.</summary>
    public async Task<SourceGrade> GradeAsync(string? source, string? reliability, string? reason, CancellationToken cancellationToken)
    {
        scope.Demand(Permission.GradeSources);
        if (reliability is not { Length: 1 } || !Enum.TryParse<SourceReliability>(reliability, ignoreCase: true, out var grade) || !Enum.IsDefined(grade))
        {
            throw new InvalidRequestException("the reliability grade is one letter of the Admiralty code: A, B, C, D, E or F");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidRequestException("a grade needs a reason");
        }

        if (string.IsNullOrWhiteSpace(source))
        {
            throw new InvalidRequestException("name the source to grade, as the sources list names it");
        }

        var name = await CitedNameAsync(source, cancellationToken);
        SourceGrade given;
        try
        {
            given = SourceGrade.Create(scope.TenantId, name, grade, reason, scope.UserName, clock.GetUtcNow());
        }
        catch (ArgumentException e)
        {
            throw new InvalidRequestException(e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var end and >= 0 ? end : e.Message.Length)]);
        }

        await new SourceGradeStore(store).AddAsync(given, cancellationToken);
        _book = null;
        return given;
    }

    /// <summary>The grade in force for the source a statement comes from; null when it was never graded (F).</summary>
    public async Task<SourceGrade?> GradeOfAsync(Statement statement, CancellationToken cancellationToken)
    {
        Document? document = null;
        if (statement.DocumentId is { } id)
        {
            if (!_documents.TryGetValue(id, out var read))
            {
                _documents[id] = read = queries.DocumentAsync(scope, id, cancellationToken);
            }

            document = await read;
        }

        return (await BookAsync(cancellationToken)).Current(SourceGradeBook.SourceOf(statement, document));
    }

    /// <summary>The grades in force in the reader's agency.</summary>
    public Task<SourceGradeBook> BookAsync(CancellationToken cancellationToken) =>
        _book ??= new SourceGradeStore(store).BookAsync(scope.TenantId, cancellationToken);

    // The source as the reader's statements cite it; one they cannot see is not found, whatever grades it has.
    private async Task<string> CitedNameAsync(string source, CancellationToken cancellationToken)
    {
        var key = SourceGrade.KeyOf(source);
        return (await CitedAsync(cancellationToken)).Where(c => SourceGrade.KeyOf(c.Name) == key).OrderByDescending(c => c.Statements).FirstOrDefault()?.Name
            ?? throw new NotVisibleException("source");
    }

    private Task<IReadOnlyList<CitedSource>> CitedAsync(CancellationToken cancellationToken) =>
        _cited ??= new ClearedSources(store).CitedAsync(scope, cancellationToken);

    private static SourceGrade Masked(SourceGrade grade, Masking masking) =>
        masking.HidesAnything ? grade with { Source = masking.Text(grade.Source), Reason = masking.Text(grade.Reason) } : grade;

    private Task<Masking> MaskingAsync(CancellationToken cancellationToken) =>
        scope.VictimNeedToKnow ? Task.FromResult(Masking.None) : _masking ??= ReadMaskingAsync(cancellationToken);

    private async Task<Masking> ReadMaskingAsync(CancellationToken cancellationToken) =>
        new(await queries.ProtectedPeopleAsync(scope.TenantId, cancellationToken));
}
