namespace Enlace.Benchmarks.Resolution;

/// <summary>
/// Pairwise precision and recall of a clustering against a reference: of the mention pairs placed together, how many
/// belong together; of those that belong together, how many were placed together. Counted from the sizes of the
/// (cluster, reference) cells, never by listing pairs.
/// </summary>
internal readonly record struct PairwiseQuality(long Predicted, long Actual, long Correct)
{
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    public double Recall => Actual == 0 ? 1 : (double)Correct / Actual;

    public static PairwiseQuality Of(int[] cluster, int[] reference, IEnumerable<int>? only = null)
    {
        var indexes = only ?? Enumerable.Range(0, cluster.Length);
        var cells = new Dictionary<(int, int), long>();
        var clusters = new Dictionary<int, long>();
        var references = new Dictionary<int, long>();
        foreach (var i in indexes)
        {
            cells[(cluster[i], reference[i])] = cells.GetValueOrDefault((cluster[i], reference[i])) + 1;
            clusters[cluster[i]] = clusters.GetValueOrDefault(cluster[i]) + 1;
            references[reference[i]] = references.GetValueOrDefault(reference[i]) + 1;
        }

        return new PairwiseQuality(Pairs(clusters.Values), Pairs(references.Values), Pairs(cells.Values));
    }

    private static long Pairs(IEnumerable<long> sizes) => sizes.Sum(n => n * (n - 1) / 2);

    public override string ToString() => $"P {Precision:0.0000}  R {Recall:0.0000}  (pairs: predicted {Predicted:N0}, true {Actual:N0}, correct {Correct:N0})";
}
