using Enlace.Core.Statements;

namespace Enlace.Server.Contracts;

/// <summary>A statement's typed value: <see cref="Text"/> always, and the fields of its kind.</summary>
public sealed record ValueView(
    string Kind,
    string Text,
    decimal? Number = null,
    string? Qualifier = null,
    string? Measure = null,
    string? Population = null,
    string? Unit = null,
    string? Item = null,
    string? Date = null,
    Guid? EntityId = null)
{
    public static ValueView Of(StatementValue value) => value switch
    {
        QuantityValue q => new("quantity", q.Describe(), q.Value, q.Qualifier.ToName(), q.Measure, q.Population, q.Unit, q.Item),
        DateValue d => new("date", d.Describe(), Date: d.Interval.ToIsoString()),
        EntityValue e => new("entity", e.Describe(), EntityId: e.EntityId),
        _ => new(value.Kind, value.Describe()),
    };
}
