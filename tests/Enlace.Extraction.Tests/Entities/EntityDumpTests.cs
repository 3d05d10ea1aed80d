using Enlace.Extraction.Entities;
using Enlace.Extraction.Text;

namespace Enlace.Extraction.Tests.Entities;

public sealed class EntityDumpTests
{
    [Fact]
    public void Dump()
    {
        var only = Environment.GetEnvironmentVariable("ENLACE_DUMP");
        if (only is not null)
        {
            EntityFinder.Trace = t => TestContext.Current.TestOutputHelper?.WriteLine(t);
        }

        foreach (var document in GoldCorpus.Documents.Where(d => only is null || d.File.Contains(only, StringComparison.Ordinal)))
        {
            var sentences = SentenceSplitter.Split(document.Text);
            var entities = EntityFinder.Find(document.Text, document.Language, sentences);
            TestContext.Current.TestOutputHelper?.WriteLine($"==== {document}");
            foreach (var e in entities)
            {
                TestContext.Current.TestOutputHelper?.WriteLine($"{e.Type[..3]} {e.Name} | {string.Join(" ; ", e.Aliases)} | {e.Spans.Count} | {e.Role}");
            }

            EntityFinder.Trace = null;
        }
    }
}
