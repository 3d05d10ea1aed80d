using System.Text.Json;

namespace Enlace.Extraction.Tests;

/// <summary>
/// Event frames checked against the gold's event ids: two figures the analyst puts in one event should share a frame,
/// and figures of different events should not.
/// </summary>
public sealed class EventFramerTests
{
    [Fact]
    public void The_seed_raid_the_earlier_rescue_and_the_deportation_are_framed_apart()
    {
        var (pairs, together, apart) = Score(Path.Combine(GoldFiles.Repository, "..", "shared", "corpus", "seeds-expected.json"), Path.Combine(GoldFiles.Repository, "..", "shared", "corpus", "seeds"));

        Assert.Equal(pairs.Together, together);
        Assert.Equal(pairs.Apart, apart);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void Figures_of_one_event_share_a_frame_and_figures_of_different_events_do_not(string language)
    {
        var folder = Path.Combine(GoldFiles.Repository, "corpus", "synthetic", language);
        var (pairs, together, apart) = Score(Path.Combine(folder, "expected.json"), folder);
        var togetherRate = (double)together / Math.Max(1, pairs.Together);
        var apartRate = (double)apart / Math.Max(1, pairs.Apart);
        TestContext.Current.TestOutputHelper?.WriteLine($"{language}: same-event pairs framed together {together}/{pairs.Together} ({togetherRate:P1}); different-event pairs framed apart {apart}/{pairs.Apart} ({apartRate:P1})");

        Assert.True(togetherRate >= 0.85, $"same-event pairs together {togetherRate:P1}");
        Assert.True(apartRate >= 0.6, $"different-event pairs apart {apartRate:P1}");
    }

    private static ((int Together, int Apart) Pairs, int Together, int Apart) Score(string goldPath, string folder)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        int expectTogether = 0, expectApart = 0, together = 0, apart = 0;
        foreach (var document in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var text = File.ReadAllText(Path.Combine(folder, document.GetProperty("file").GetString() ?? ""));
            var result = Extractor.Extract(text);
            var located = new List<(string Event, int Frame)>();
            foreach (var q in document.GetProperty("quantities").EnumerateArray())
            {
                var eventId = q.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                var at = text.IndexOf(q.GetProperty("text").GetString() ?? "\u0000", StringComparison.Ordinal);
                var index = result.Quantities.ToList().FindIndex(m => at >= 0 && m.Span.Start < at + 1 + (q.GetProperty("text").GetString()?.Length ?? 0) && at < m.Span.End);
                var frame = index < 0 ? -1 : result.Frames.FirstOrDefault(f => f.Quantities.Contains(index))?.Index ?? -1;
                if (eventId is not null && frame >= 0)
                {
                    located.Add((eventId, frame));
                }
            }

            for (var i = 0; i < located.Count; i++)
            {
                for (var j = i + 1; j < located.Count; j++)
                {
                    if (located[i].Event == located[j].Event)
                    {
                        expectTogether++;
                        together += located[i].Frame == located[j].Frame ? 1 : 0;
                    }
                    else
                    {
                        expectApart++;
                        apart += located[i].Frame != located[j].Frame ? 1 : 0;
                    }
                }
            }
        }

        return ((expectTogether, expectApart), together, apart);
    }
}
