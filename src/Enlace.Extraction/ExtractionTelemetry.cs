using System.Diagnostics;

namespace Enlace.Extraction;

/// <summary>
/// One activity per stage of <see cref="Extractor.Extract"/>, named after the stage, so a trace (or the extraction
/// benchmark) shows where a document's time goes. With nothing listening a stage costs one check.
/// </summary>
public static class ExtractionTelemetry
{
    public const string SourceName = "Enlace.Extraction";

    public static ActivitySource Source { get; } = new(SourceName);

    /// <summary>The stages, in the order they run; "tokens" cuts the text into sentences and tokens for all that follow.</summary>
    public static IReadOnlyList<string> Stages { get; } =
        ["language", "tokens", "dates", "entities", "quantities", "attributions", "relations", "frames"];

    internal static Activity? Stage(string name) => Source.HasListeners() ? Source.StartActivity(name) : null;
}
