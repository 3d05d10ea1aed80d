using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Enlace.Core.Statements;

namespace Enlace.Extraction.Contract;

/// <summary>Writes an <see cref="ExtractionResult"/> as one line of the extraction contract (PRODUCT.md, "Extraction contract").</summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToLine(string document, ExtractionResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("document", document);
            json.WriteString("language", result.Language);
            WriteNullable(json, "published", result.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

            json.WriteStartArray("entities");
            foreach (var entity in result.Entities)
            {
                json.WriteStartObject();
                json.WriteString("type", entity.Type);
                json.WriteString("name", entity.Name);
                json.WriteStartArray("aliases");
                foreach (var alias in entity.Aliases)
                {
                    json.WriteStringValue(alias);
                }

                json.WriteEndArray();
                json.WriteStartArray("spans");
                foreach (var span in entity.Spans)
                {
                    WriteSpan(json, span);
                }

                json.WriteEndArray();
                if (entity.Role is { } role)
                {
                    json.WriteString("role", role);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("dates");
            foreach (var date in result.Dates)
            {
                json.WriteStartObject();
                json.WriteString("text", date.Text);
                json.WriteString("resolved", date.Resolved.ToIsoString());
                json.WritePropertyName("span");
                WriteSpan(json, date.Span);
                WriteNullable(json, "warning", date.Warning);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("quantities");
            foreach (var quantity in result.Quantities)
            {
                json.WriteStartObject();
                json.WriteString("text", quantity.Text);
                json.WriteNumber("value", quantity.Value);
                json.WriteString("qualifier", quantity.Qualifier.ToName());
                json.WriteString("measure", quantity.Measure);
                WriteNullable(json, "population", quantity.Population);
                WriteNullable(json, "unit", quantity.Unit);
                WriteNullable(json, "item", quantity.Item);
                WriteNullable(json, "attributed_to", quantity.AttributedTo);
                json.WritePropertyName("span");
                WriteSpan(json, quantity.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("relations");
            foreach (var relation in result.Relations)
            {
                json.WriteStartObject();
                json.WriteString("subject", relation.Subject);
                json.WriteString("predicate", relation.Predicate);
                json.WriteString("object", relation.Object);
                json.WritePropertyName("span");
                WriteSpan(json, relation.Span);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteSpan(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteStartArray();
        json.WriteNumberValue(span.Start);
        json.WriteNumberValue(span.End);
        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
