using System.Data.Common;

namespace Enlace.Storage.Access;

/// <summary>A WHERE clause put together from fixed conditions and named parameters; values never enter the SQL text.</summary>
internal sealed class SqlBuilder(string first)
{
    private readonly List<string> _conditions = [first];
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);

    public string Conditions => string.Join(" AND ", _conditions);

    public SqlBuilder Where(string condition)
    {
        _conditions.Add(condition);
        return this;
    }

    public SqlBuilder Bind(string name, object? value)
    {
        _parameters[name] = value;
        return this;
    }

    public void ApplyTo(DbCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            command.AddParameter(name, value);
        }
    }
}
