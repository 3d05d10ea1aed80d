namespace Enlace.Extraction.Tests.Entities;

/// <summary>True and false positives and misses, with precision, recall and F1.</summary>
public sealed class Score
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int Misses { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + Misses == 0 ? 1 : (double)TruePositives / (TruePositives + Misses);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(Score other)
    {
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        Misses += other.Misses;
    }

    public override string ToString() => $"P {Precision:P1}  R {Recall:P1}  F1 {F1:P1}  (tp {TruePositives}, fp {FalsePositives}, miss {Misses})";
}
