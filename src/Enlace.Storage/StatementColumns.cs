using System.Data.Common;
using Enlace.Core.Grading;
using Enlace.Core.Markings;
using Enlace.Core.Statements;

namespace Enlace.Storage;

/// <summary>How a <see cref="Statement"/> and its typed value map to the columns of the statements table, in both engines.</summary>
internal static class StatementColumns
{
    public const string Names =
        "id, tenant_id, subject_id, property, value_kind, q_value, q_qualifier, q_low, q_low_incl, q_high, q_high_incl, " +
        "q_measure, q_population, q_unit, q_item, d_start, d_end, d_precision, ref_entity_id, text_value, document_id, " +
        "span_start, span_end, asserted_by, credibility, tlp, handling, origin, author, created_at";

    public static string InsertSql { get; } =
        $"INSERT INTO statements ({Names}) VALUES ({string.Join(", ", Names.Split(", ").Select(n => "@" + n))})";

    public static void Bind(DbCommand command, Statement s, Func<DateTimeOffset, object> timestamp, Func<DateOnly?, object?> date)
    {
        command.Parameters.Clear();
        command.AddParameter("id", s.Id);
        command.AddParameter("tenant_id", s.TenantId);
        command.AddParameter("subject_id", s.SubjectId);
        command.AddParameter("property", s.Property);
        command.AddParameter("value_kind", s.Value.Kind);
        var quantity = s.Value as QuantityValue;
        var interval = quantity?.Interval();
        command.AddParameter("q_value", quantity?.Value);
        command.AddParameter("q_qualifier", quantity?.Qualifier.ToName());
        command.AddParameter("q_low", interval?.Lower);
        command.AddParameter("q_low_incl", interval?.LowerInclusive);
        command.AddParameter("q_high", interval?.Upper);
        command.AddParameter("q_high_incl", interval?.UpperInclusive);
        command.AddParameter("q_measure", quantity?.Measure);
        command.AddParameter("q_population", quantity?.Population);
        command.AddParameter("q_unit", quantity?.Unit);
        command.AddParameter("q_item", quantity?.Item);
        var dateValue = s.Value as DateValue;
        command.AddParameter("d_start", date(dateValue?.Interval.Start));
        command.AddParameter("d_end", date(dateValue?.Interval.End));
        command.AddParameter("d_precision", dateValue?.Interval.Precision.ToString().ToLowerInvariant());
        command.AddParameter("ref_entity_id", (s.Value as EntityValue)?.EntityId);
        command.AddParameter("text_value", (s.Value as TextValue)?.Text);
        command.AddParameter("document_id", s.DocumentId);
        command.AddParameter("span_start", s.Span?.Start);
        command.AddParameter("span_end", s.Span?.End);
        command.AddParameter("asserted_by", s.AssertedBy);
        command.AddParameter("credibility", (short)s.Credibility);
        command.AddParameter("tlp", (short)s.Marking.Tlp);
        command.AddParameter("handling", (short)s.Marking.Handling);
        command.AddParameter("origin", s.Origin.ToString().ToLowerInvariant());
        command.AddParameter("author", s.Author);
        command.AddParameter("created_at", timestamp(s.CreatedAt));
    }

    public static Statement Read(DbDataReader r)
    {
        StatementValue value = r.GetString(4) switch
        {
            "quantity" => new QuantityValue(
                r.GetDecimal(5),
                QualifierNames.Parse(r.GetString(6)),
                r.GetString(11),
                r.GetNullable<string>(12),
                r.GetNullable<string>(13),
                r.GetNullable<string>(14)),
            "date" => new DateValue(new DateInterval(
                r.GetFieldValue<DateOnly>(15),
                r.GetFieldValue<DateOnly>(16),
                Enum.Parse<DatePrecision>(r.GetString(17), ignoreCase: true))),
            "entity" => new EntityValue(r.GetGuid(18)),
            "text" => new TextValue(r.GetString(19)),
            var kind => throw new InvalidDataException($"unknown statement value kind '{kind}'"),
        };

        TextSpan? span = r.IsDBNull(21) ? null : new TextSpan(r.GetInt32(21), r.GetInt32(22));
        return new Statement(
            r.GetGuid(0),
            r.GetGuid(1),
            r.GetGuid(2),
            r.GetString(3),
            value,
            r.IsDBNull(20) ? null : r.GetGuid(20),
            span,
            r.GetNullable<string>(23),
            (InformationCredibility)r.GetInt32(24),
            new Marking((Tlp)r.GetInt32(25), (HandlingCode)r.GetInt32(26)),
            Enum.Parse<StatementOrigin>(r.GetString(27), ignoreCase: true),
            r.GetString(28),
            r.GetFieldValue<DateTimeOffset>(29));
    }
}
