using Enlace.Core.Documents;
using Enlace.Core.Statements;
using Enlace.Server.Access;

namespace Enlace.Server.Components.Shared;

/// <summary>
/// The reports one page quotes from, read once each through <see cref="SecuredData"/> (masked as it masks them), so a
/// statement can be shown with the words of its span and the report they come from.
/// </summary>
public sealed class DocumentTexts(SecuredData data)
{
    private readonly Dictionary<Guid, Document?> _known = [];

    public async Task LoadAsync(IEnumerable<Statement> statements, CancellationToken cancellationToken = default)
    {
        foreach (var id in statements.Select(s => s.DocumentId).OfType<Guid>().Distinct().Where(id => !_known.ContainsKey(id)))
        {
            try
            {
                _known[id] = await data.DocumentAsync(id, cancellationToken);
            }
            catch (NotVisibleException)
            {
                _known[id] = null;
            }
        }
    }

    public string? Title(Guid? id) => id is { } known && _known.GetValueOrDefault(known) is { } document ? document.Title ?? document.FileName : null;

    /// <summary>The words of the statement's span, on one line and at most <paramref name="max"/> characters.</summary>
    public string? Quote(Statement statement, int max = 160)
    {
        if (statement.DocumentId is not { } id || _known.GetValueOrDefault(id) is not { } document || statement.Span is not { } span || span.End > document.Text.Length)
        {
            return null;
        }

        var line = span.Of(document.Text).ReplaceLineEndings(" ");
        return line.Length > max ? line[..(max - 1)] + "…" : line;
    }
}
