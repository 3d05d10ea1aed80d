using Enlace.Core.Access;
using Enlace.Core.Documents;
using Enlace.Core.Entities;
using Enlace.Core.Statements;
using Enlace.Storage.Access;

namespace Enlace.Server.Access;

/// <summary>
/// Hides protected people from a reader without need-to-know: their entities get a pseudonym, and every name they go
/// by is blotted out of texts, titles, snippets and statement values with a run of the same length, so spans still
/// point at the right place. For a reader with need-to-know, every method returns its input.
/// </summary>
public sealed class Masking(ProtectedPeople people)
{
    public static Masking None { get; } = new(ProtectedPeople.None);

    public bool HidesAnything => people.Ids.Count > 0;

    public bool IsProtected(Guid entityId) => people.Ids.Contains(entityId);

    public string Text(string text) => HidesAnything ? VictimIdentity.Redact(text, people.Names) : text;

    public string? Optional(string? text) => text is null ? null : Text(text);

    public Entity Entity(Entity entity) => IsProtected(entity.Id) ? entity with { Name = VictimIdentity.Pseudonym(entity.Id) } : entity;

    public Statement Statement(Statement statement) =>
        statement.Value is TextValue text && HidesAnything ? statement with { Value = new TextValue(Text(text.Text)) } : statement;

    public Document Document(Document document) =>
        HidesAnything ? document with { Title = Optional(document.Title), Text = Text(document.Text) } : document;

    public SearchHit Hit(SearchHit hit) => HidesAnything ? hit with { Title = Optional(hit.Title), Snippet = Text(hit.Snippet) } : hit;

    /// <summary>Whether the text names anyone protected: then its original bytes, which cannot be blotted, are withheld.</summary>
    public bool Names(string text) => HidesAnything && Text(text) != text;
}
