using System.Globalization;
using Enlace.Core.Access;
using Enlace.Core.Adjudications;
using Enlace.Core.Briefing;
using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Identity;
using Enlace.Core.Markings;
using Enlace.Core.Reconciliation;
using Enlace.Core.Statements;
using Enlace.Core.Storage;
using Enlace.Extraction.Gazetteers;
using Enlace.Ingest;
using Enlace.Server.Contracts;
using Enlace.Server.Hosting;
using Enlace.Server.Identity;
using Enlace.Storage;
using Enlace.Storage.Access;

namespace Enlace.Server.Access;

/// <summary>
/// The one way the server reads and writes an agency's data on behalf of a signed-in user. Every endpoint goes
/// through it; it takes the agency from the user's <see cref="AccessScope"/> (never from the request), pushes the
/// clearance into the SQL (<see cref="ClearedQueries"/>), demands the permission a write needs, and masks protected
/// people for readers without need-to-know. Items the reader may not see are reported as not found.
/// </summary>
public sealed class SecuredData(SqlStore store, ClearedQueries queries, AccessScope scope, ServerOptions options, TimeProvider clock, AccountAdministration accounts)
{
    private Masking? _masking;
    private HashSet<Guid>? _visible;

    public AccessScope Scope => scope;

    public async Task<Page<DocumentSummary>> DocumentsAsync(KnowledgeFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var rows = await queries.DocumentsAsync(scope, filter, new PageRequest(Cursor.DecodeId(Lists.Documents, cursor), limit + 1), cancellationToken);
        var masking = await MaskingAsync(cancellationToken);
        return PageOf<DocumentSummary>([.. rows.Select(d => d with { Title = masking.Optional(d.Title) })], limit, d => Cursor.Encode(Lists.Documents, d.Id));
    }

    public async Task<Document> DocumentAsync(Guid id, CancellationToken cancellationToken) =>
        (await MaskingAsync(cancellationToken)).Document(await queries.DocumentAsync(scope, id, cancellationToken) ?? throw new NotVisibleException("document"));

    /// <summary>The bytes as received; withheld from a reader without need-to-know when the report names a protected person.</summary>
    public async Task<(Document Document, byte[] Bytes)> OriginalAsync(Guid id, CancellationToken cancellationToken)
    {
        var document = await queries.DocumentAsync(scope, id, cancellationToken) ?? throw new NotVisibleException("document");
        if ((await MaskingAsync(cancellationToken)).Names(document.Text + "\n" + document.Title))
        {
            throw new AccessDeniedException("this report names a protected person; its original is withheld from your roles");
        }

        return (document, await store.GetOriginalAsync(scope.TenantId, id, cancellationToken) ?? throw new NotVisibleException("document"));
    }

    /// <summary>Ingests one report into the reader's agency, with extraction, through the same pipeline as `enlace ingest`.</summary>
    public async Task<UploadOutcome> UploadAsync(string fileName, Stream content, long length, Marking marking, string? language, DateOnly? published, CancellationToken cancellationToken)
    {
        scope.Demand(Permission.Upload);
        if (scope.Clearance is not { } clearance || marking.Tlp > clearance)
        {
            throw new AccessDeniedException($"you may not mark a report above your own clearance (TLP:{Marking.TlpLabel(scope.Clearance ?? Tlp.Clear)})");
        }

        if (length > options.MaxUploadBytes)
        {
            throw new InvalidRequestException($"the report is {length:N0} bytes; the largest accepted is {options.MaxUploadBytes:N0}", 413);
        }

        var folder = Directory.CreateTempSubdirectory("enlace-upload-");
        try
        {
            var path = Path.Combine(folder.FullName, SafeFileName(fileName));
            await using (var file = File.Create(path))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            var pipeline = new IngestPipeline(store, new IngestOptions(scope.Agency, marking, language, published, options.MaxUploadBytes, BatchSize: 1));
            var result = (await pipeline.RunAsync(IngestPlan.For([path]), cancellationToken: cancellationToken)).Files.Single();
            if (result.Status == IngestStatus.Failed || result.DocumentId is not { } id)
            {
                throw new InvalidRequestException(result.Reason ?? "the report could not be read", 422);
            }

            var statements = await queries.StatementsAsync(scope, new KnowledgeFilter(Document: id), new PageRequest(null, int.MaxValue), cancellationToken);
            var document = await queries.DocumentAsync(scope, id, cancellationToken);
            return new UploadOutcome(result.Status == IngestStatus.Added ? "added" : "unchanged", id, document?.Language ?? result.Language ?? "", statements.Count);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public async Task<Page<Statement>> StatementsAsync(KnowledgeFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var rows = await queries.StatementsAsync(scope, filter, new PageRequest(Cursor.DecodeId(Lists.Statements, cursor), limit + 1), cancellationToken);
        var masking = await MaskingAsync(cancellationToken);
        return PageOf<Statement>([.. rows.Select(masking.Statement)], limit, s => Cursor.Encode(Lists.Statements, s.Id));
    }

    public async Task<Statement> StatementAsync(Guid id, CancellationToken cancellationToken) =>
        (await MaskingAsync(cancellationToken)).Statement(await queries.StatementAsync(scope, id, cancellationToken) ?? throw new NotVisibleException("statement"));

    public async Task<Page<Entity>> EntitiesAsync(KnowledgeFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var rows = await queries.EntitiesAsync(scope, filter, new PageRequest(Cursor.DecodeId(Lists.Entities, cursor), limit + 1), cancellationToken);
        var masking = await MaskingAsync(cancellationToken);
        return PageOf<Entity>([.. rows.Select(masking.Entity)], limit, e => Cursor.Encode(Lists.Entities, e.Id));
    }

    public async Task<Entity> EntityAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await queries.EntitiesAsync(scope, new KnowledgeFilter(Subject: id), new PageRequest(null, 1), cancellationToken);
        return found.Count == 1 ? (await MaskingAsync(cancellationToken)).Entity(found[0]) : throw new NotVisibleException("entity");
    }

    /// <summary>Events as reconciliation sees them over what the reader may read, ordered by id.</summary>
    public async Task<Page<EventView>> EventsAsync(EventFilter filter, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var after = Cursor.DecodeId(Lists.Events, cursor);
        var (events, statements) = await ReconciledAsync(cancellationToken);
        var rows = events
            .Where(e => Matches(e, filter, statements))
            .Where(e => after is null || e.Id.CompareTo(after.Value) > 0)
            .OrderBy(e => e.Id)
            .Take(limit + 1)
            .ToList();
        return PageOf<EventView>(rows, limit, e => Cursor.Encode(Lists.Events, e.Id));
    }

    public async Task<EventView> EventAsync(Guid id, CancellationToken cancellationToken)
    {
        var (events, _) = await ReconciledAsync(cancellationToken);
        return events.FirstOrDefault(e => e.Id == id || e.Members.Contains(id)) ?? throw new NotVisibleException("event");
    }

    /// <summary>Groups the agency's reported happenings into events; returns how many groupings were made and how many await review.</summary>
    public async Task<(int Grouped, int ForReview)> GroupEventsAsync(CancellationToken cancellationToken)
    {
        scope.Demand(Permission.Reconcile);
        return await new Reconciler(await StatementViewAsync(cancellationToken), clock).GroupEventsAsync(scope.TenantId, cancellationToken);
    }

    /// <summary>Figures and dates compared per event, ordered by conflict key; only conflicts unless <paramref name="all"/>.</summary>
    public async Task<Page<FigureComparison>> ConflictsAsync(Guid? eventId, bool all, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var after = Cursor.Decode(Lists.Conflicts, cursor);
        var (events, _) = await ReconciledAsync(cancellationToken);
        var rows = events
            .Where(e => eventId is null || e.Id == eventId || e.Members.Contains(eventId.Value))
            .SelectMany(e => all ? e.Figures : e.Conflicts)
            .Where(f => after is null || string.CompareOrdinal(f.ConflictKey, after) > 0)
            .OrderBy(f => f.ConflictKey, StringComparer.Ordinal)
            .Take(limit + 1)
            .ToList();
        return PageOf<FigureComparison>(rows, limit, f => Cursor.Encode(Lists.Conflicts, f.ConflictKey));
    }

    public async Task<Page<Adjudication>> AdjudicationsAsync(string? conflictKey, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var after = Cursor.DecodeId(Lists.Adjudications, cursor);
        var rows = (await queries.AdjudicationsAsync(scope, conflictKey, cancellationToken))
            .Where(a => after is null || a.Id.CompareTo(after.Value) > 0)
            .OrderBy(a => a.Id)
            .Take(limit + 1)
            .ToList();
        var masking = await MaskingAsync(cancellationToken);
        return PageOf<Adjudication>([.. rows.Select(a => a with { Reason = masking.Text(a.Reason) })], limit, a => Cursor.Encode(Lists.Adjudications, a.Id));
    }

    /// <summary>Settles a conflict the reader can see by choosing one of its statements; every side stays stored.</summary>
    public async Task<Adjudication> AdjudicateAsync(string conflictKey, Guid chosen, string reason, CancellationToken cancellationToken)
    {
        scope.Demand(Permission.Reconcile);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new InvalidRequestException("an adjudication needs a reason");
        }

        var (events, _) = await ReconciledAsync(cancellationToken);
        var conflict = events.SelectMany(e => e.Conflicts).FirstOrDefault(f => f.ConflictKey == conflictKey) ?? throw new NotVisibleException("conflict");
        if (conflict.Agreement.Statements.All(s => s.Id != chosen))
        {
            throw new InvalidRequestException("the chosen statement must be one of the conflict's statements");
        }

        var adjudication = new Adjudication(Guid.CreateVersion7(), scope.TenantId, conflict.ConflictKey, [.. conflict.Agreement.Statements.Select(s => s.Id)],
            chosen, reason.Trim(), scope.UserName, clock.GetUtcNow());
        await (await StatementViewAsync(cancellationToken)).AddAdjudicationAsync(adjudication, cancellationToken);
        return adjudication;
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, KnowledgeFilter filter, CancellationToken cancellationToken)
    {
        var hits = await queries.SearchAsync(scope, query, filter, cancellationToken);
        var masking = await MaskingAsync(cancellationToken);
        return [.. hits.Select(masking.Hit)];
    }

    /// <summary>A situation brief on one event, built only from what the reader may read.</summary>
    public async Task<Brief> BriefAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var view = await EventAsync(eventId, cancellationToken);
        var statements = await StatementViewAsync(cancellationToken);
        var entities = (await statements.ListEntitiesAsync(scope.TenantId, cancellationToken: cancellationToken)).ToDictionary(e => e.Id);
        var eventStatements = await statements.GetStatementsAsync(scope.TenantId, new StatementFilter(Limit: int.MaxValue, SubjectKind: EntityKind.Event), cancellationToken);
        var documents = new Dictionary<Guid, Document>();
        foreach (var id in view.Documents)
        {
            if (await queries.DocumentAsync(scope, id, cancellationToken) is { } document)
            {
                documents[id] = (await MaskingAsync(cancellationToken)).Document(document);
            }
        }

        var adjudications = await queries.AdjudicationsAsync(scope, null, cancellationToken);
        var identities = new IdentityGraph(await statements.GetJudgementsAsync(scope.TenantId, cancellationToken));
        var grades = await new SourceGradeStore(store).BookAsync(scope.TenantId, cancellationToken);
        return new BriefBuilder(documents, entities, adjudications, identities, grades).ForEvent(view, [.. eventStatements.Where(s => view.Members.Contains(s.SubjectId))], clock.GetUtcNow());
    }

    /// <summary>
    /// Resolves the names the agency's reports use and groups their happenings into events, over what the reader may
    /// read, with the gazetteer's known names; records the outcome as judgements an analyst can overrule.
    /// </summary>
    public async Task<ReconcileSummary> ReconcileAsync(CancellationToken cancellationToken)
    {
        scope.Demand(Permission.Reconcile);
        var reconciler = new Reconciler(await StatementViewAsync(cancellationToken), clock, GazetteerNames.Instance, GazetteerNames.Instance);
        return await reconciler.ReconcileAsync(scope.TenantId, cancellationToken);
    }

    /// <summary>
    /// The identity review queue: pairs judged "unsure" and not joined since, whose entities the reader may see, the
    /// likeliest first (score descending, then judgement id), paged by a cursor on that order.
    /// </summary>
    public async Task<Page<ReviewEntry>> IdentityQueueAsync(string? kind, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var after = QueuePosition(Cursor.Decode(Lists.IdentityQueue, cursor));
        var queue = await (await ReviewAsync(cancellationToken)).QueuePageAsync(
            scope.TenantId,
            (j, k) => (kind is null || string.Equals(k.ToString(), kind, StringComparison.OrdinalIgnoreCase))
                && (after is not { } a || j.Score < a.Score || (j.Score == a.Score && j.Id.CompareTo(a.Id) > 0)),
            limit + 1,
            cancellationToken);
        var masking = await MaskingAsync(cancellationToken);
        var rows = queue.Select(e => e with { Judgement = Masked(e.Judgement, masking) }).ToList();
        return PageOf<ReviewEntry>(rows, limit, e => Cursor.Encode(Lists.IdentityQueue, string.Create(CultureInfo.InvariantCulture, $"{e.Judgement.Score:R}|{e.Judgement.Id:N}")));
    }

    /// <summary>The identity an entity belongs to, as far as the reader may see it: members and judgements with a hidden side are left out.</summary>
    public async Task<IdentityCluster> IdentityAsync(Guid entity, CancellationToken cancellationToken)
    {
        var review = await ReviewAsync(cancellationToken);
        IdentityCluster cluster;
        try
        {
            cluster = await review.ClusterAsync(scope.TenantId, entity, cancellationToken);
        }
        catch (UnknownEntityException)
        {
            throw new NotVisibleException("entity");
        }

        return cluster with { Links = await ShownAsync(cluster.Links, cancellationToken), Other = await ShownAsync(cluster.Other, cancellationToken) };
    }

    /// <summary>An analyst's judgement on two entities of the agency: same, not same (never proposed again) or unsure.</summary>
    public Task<IdentityDecision> JudgeIdentityAsync(Guid? a, Guid? b, string? verdict, string? reason, CancellationToken cancellationToken)
    {
        scope.Demand(Permission.JudgeIdentities);
        var (x, y) = Pair(a, b, "a", "b");
        var parsed = VerdictNames.TryParse(verdict, out var v) ? v : throw new InvalidRequestException("verdict must be same, not_same or unsure");
        return DecideAsync(review => review.JudgeAsync(scope.TenantId, x, y, parsed, scope.UserName, reason ?? "", cancellationToken), cancellationToken);
    }

    /// <summary>Merges two entities of one kind into one identity; reversible by a split, and nothing is deleted.</summary>
    public Task<IdentityDecision> MergeIdentitiesAsync(Guid? a, Guid? b, string? reason, CancellationToken cancellationToken)
    {
        scope.Demand(Permission.JudgeIdentities);
        var (x, y) = Pair(a, b, "a", "b");
        return DecideAsync(review => review.MergeAsync(scope.TenantId, x, y, scope.UserName, reason ?? "", cancellationToken), cancellationToken);
    }

    /// <summary>Takes a member out of an entity's identity; reversible by a merge, and nothing is deleted.</summary>
    public Task<IdentityDecision> SplitIdentityAsync(Guid? entity, Guid? member, string? reason, CancellationToken cancellationToken)
    {
        scope.Demand(Permission.JudgeIdentities);
        var (x, y) = Pair(entity, member, "entity", "member");
        return DecideAsync(review => review.SplitMemberAsync(scope.TenantId, x, y, scope.UserName, reason ?? "", cancellationToken), cancellationToken);
    }

    /// <summary>The accounts of the administrator's own agency.</summary>
    public async Task<IReadOnlyList<UserItem>> UsersAsync(CancellationToken cancellationToken)
    {
        scope.Demand(Permission.ManageUsers);
        var now = clock.GetUtcNow();
        return [.. (await accounts.ListAsync(scope.TenantId, cancellationToken)).Select(u => new UserItem(
            u.Account.Id, u.Account.UserName, u.Agency, [.. u.Roles.Select(r => r.ToName())], u.Account.ClearedForRed, u.Account.LockoutEnd > now))];
    }

    /// <summary>Creates an account in the administrator's own agency; no request can name another agency.</summary>
    public async Task<NewUserResponse> CreateUserAsync(NewUserRequest request, CancellationToken cancellationToken)
    {
        scope.Demand(Permission.ManageUsers);
        var roles = new List<Role>();
        foreach (var name in request.Roles ?? [])
        {
            roles.Add(RoleNames.TryParse(name, out var role) ? role : throw new InvalidRequestException($"no role is called {name}; roles are {string.Join(", ", RoleNames.All)}"));
        }

        var created = await accounts.CreateAsync(scope.Agency, request.UserName ?? "", roles, request.Password, request.ClearedForRed, cancellationToken);
        return new NewUserResponse(
            new UserItem(created.Account.Id, created.Account.UserName, created.Agency, [.. created.Roles.Select(r => r.ToName())], created.Account.ClearedForRed, false),
            created.GeneratedPassword);
    }

    private async Task<(IReadOnlyList<EventView> Events, ILookup<Guid, Statement> Statements)> ReconciledAsync(CancellationToken cancellationToken)
    {
        var view = await StatementViewAsync(cancellationToken);
        var events = await new Reconciler(view, clock).EventsAsync(scope.TenantId, cancellationToken);
        var statements = await view.GetStatementsAsync(scope.TenantId, new StatementFilter(Limit: int.MaxValue, SubjectKind: EntityKind.Event), cancellationToken);
        return (events, statements.ToLookup(s => s.SubjectId));
    }

    private async Task<IdentityReview> ReviewAsync(CancellationToken cancellationToken) => new(await StatementViewAsync(cancellationToken), clock);

    // An entity another agency holds, or one the reader may not see, is not found, like a missing one: nothing merges across agencies.
    private async Task<IdentityDecision> DecideAsync(Func<IdentityReview, Task<IdentityDecision>> decide, CancellationToken cancellationToken)
    {
        try
        {
            var decision = await decide(await ReviewAsync(cancellationToken));
            return decision.SetAside.Count == 0 ? decision : decision with { SetAside = await ShownAsync(decision.SetAside, cancellationToken) };
        }
        catch (UnknownEntityException)
        {
            throw new NotVisibleException("entity");
        }
        catch (IdentityDecisionException e)
        {
            throw new InvalidRequestException(e.Message);
        }
    }

    private static (Guid A, Guid B) Pair(Guid? a, Guid? b, string first, string second) =>
        (a ?? throw new InvalidRequestException($"give the id of one entity in {first}"), b ?? throw new InvalidRequestException($"give the id of the other entity in {second}"));

    // Judgements on pairs the reader sees both sides of, with protected names blotted out of their reasons.
    private async Task<IReadOnlyList<IdentityJudgement>> ShownAsync(IEnumerable<IdentityJudgement> judgements, CancellationToken cancellationToken)
    {
        var visible = _visible ??= [.. (await (await StatementViewAsync(cancellationToken)).ListEntitiesAsync(scope.TenantId, cancellationToken: cancellationToken)).Select(e => e.Id)];
        var masking = await MaskingAsync(cancellationToken);
        return [.. judgements.Where(j => visible.Contains(j.A) && visible.Contains(j.B)).Select(j => Masked(j, masking))];
    }

    private static IdentityJudgement Masked(IdentityJudgement judgement, Masking masking) => judgement with { Reason = masking.Text(judgement.Reason) };

    private static (double Score, Guid Id)? QueuePosition(string? position)
    {
        if (position is null)
        {
            return null;
        }

        var parts = position.Split('|');
        return parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && Guid.TryParseExact(parts[1], "N", out var id)
            ? (score, id)
            : throw new InvalidRequestException("the cursor is not one this list gave out; start again without it");
    }

    // Up to limit + 1 rows were read: the extra row only says that another page follows.
    private static Page<T> PageOf<T>(IReadOnlyList<T> rows, int limit, Func<T, string> cursorOf) =>
        rows.Count > limit ? new Page<T>([.. rows.Take(limit)], cursorOf(rows[limit - 1])) : new Page<T>(rows, null);

    private static bool Matches(EventView view, EventFilter filter, ILookup<Guid, Statement> statements)
    {
        var refs = view.Members.SelectMany(m => statements[m]).Where(s => s.Value is EntityValue).ToList();
        if (filter.Entity is { } entity && !refs.Any(s => ((EntityValue)s.Value).EntityId == entity))
        {
            return false;
        }

        if (filter.Place is { } place && !refs.Any(s => s.Property == "place" && ((EntityValue)s.Value).EntityId == place))
        {
            return false;
        }

        if (filter.From is not null || filter.To is not null)
        {
            var range = new DateInterval(filter.From ?? DateOnly.MinValue, filter.To ?? DateOnly.MaxValue, DatePrecision.Day);
            return view.Span is { } span && span.Overlaps(range);
        }

        return true;
    }

    private async Task<ScopedStatementStore> StatementViewAsync(CancellationToken cancellationToken) =>
        new(store, queries, scope, await MaskingAsync(cancellationToken));

    private async Task<Masking> MaskingAsync(CancellationToken cancellationToken) =>
        scope.VictimNeedToKnow ? Masking.None : _masking ??= new Masking(await queries.ProtectedPeopleAsync(scope.TenantId, cancellationToken));

    // Keeps the extension (the readers go by it) and nothing that could climb out of the upload folder.
    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string([.. file.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).TrimStart('.');
        return safe.Length == 0 ? "upload.txt" : safe.Length > 120 ? safe[^120..] : safe;
    }

    private static class Lists
    {
        public const string Documents = "documents";
        public const string Statements = "statements";
        public const string Entities = "entities";
        public const string Events = "events";
        public const string Conflicts = "conflicts";
        public const string Adjudications = "adjudications";
        public const string IdentityQueue = "identity-queue";
    }
}
