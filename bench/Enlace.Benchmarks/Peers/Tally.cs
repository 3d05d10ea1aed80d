namespace Enlace.Benchmarks.Peers;

/// <summary>Matches counted for precision, recall and F1.</summary>
public readonly record struct Tally(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall is var sum && sum > 0 ? 2 * Precision * Recall / sum : 0;

    public static Tally operator +(Tally a, Tally b) =>
        new(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
}
