using Enlace.Core.Documents;
using Enlace.Core.Statements;
using Enlace.Extraction.Attribution;
using Enlace.Extraction.Dates;
using Enlace.Extraction.Entities;
using Enlace.Extraction.Events;
using Enlace.Extraction.Language;
using Enlace.Extraction.Quantities;
using Enlace.Extraction.Relations;
using Enlace.Extraction.Text;

namespace Enlace.Extraction;

/// <summary>
/// The whole language pipeline over one document's text: language, sentences, dates (with the publication date read
/// from a dateline when none is given), entities, figures with their attributions, relations, and the happenings
/// (event frames) the figures and dates belong to.
/// </summary>
public static class Extractor
{
    /// <summary>Recorded as the author of every machine-extracted statement; bump it when extraction changes meaningfully.</summary>
    public const string Version = "enlace-extractor/1";

    /// <param name="language">"es" or "en"; null to detect.</param>
    /// <param name="published">The publication date if known; relative dates resolve against it.</param>
    public static ExtractionResult Extract(string text, string? language = null, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        string lang, detected;
        using (ExtractionTelemetry.Stage("language"))
        {
            detected = language ?? LanguageDetector.Detect(text);
            lang = LanguageCode.IsSupported(detected) ? detected : LanguageCode.English;
        }

        IReadOnlyList<TextSpan> sentences;
        EntityDocument? doc;
        using (ExtractionTelemetry.Stage("tokens"))
        {
            sentences = SentenceSplitter.Split(text);
            doc = text.Length == 0 ? null : new EntityDocument(text, lang, sentences);
        }

        DateFindings dates;
        using (ExtractionTelemetry.Stage("dates"))
        {
            dates = DateFinder.Find(text, lang, published, sentences);
        }

        IReadOnlyList<EntityMention> entities;
        using (ExtractionTelemetry.Stage("entities"))
        {
            entities = doc is null ? [] : EntityFinder.Find(doc);
        }

        IReadOnlyList<QuantityMention> found;
        using (ExtractionTelemetry.Stage("quantities"))
        {
            found = QuantityFinder.Find(text, lang, sentences);
        }

        List<QuantityMention> quantities;
        MentionMap? map;
        using (ExtractionTelemetry.Stage("attributions"))
        {
            // Attribution reads the words the text is written in, even when the caller names another language.
            map = doc is null ? null : new MentionMap(doc, entities);
            var context = map is null || found.Count == 0 ? null : AttributionContext.For(map, language is null ? detected : LanguageDetector.Detect(text), entities);
            quantities = [.. found.Select(q => q with { AttributedTo = context is null ? null : AttributionFinder.AttributedTo(context, q.Span) })];
        }

        IReadOnlyList<RelationMention> relations;
        using (ExtractionTelemetry.Stage("relations"))
        {
            relations = map is null ? [] : RelationFinder.Find(map, entities);
        }

        var result = new ExtractionResult(lang, dates.Published, entities, dates.Dates, quantities, relations);
        using var framing = ExtractionTelemetry.Stage("frames");
        return result with { Frames = EventFramer.Frame(text, sentences, result) };
    }
}
