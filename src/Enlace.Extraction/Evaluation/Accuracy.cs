namespace Enlace.Extraction.Evaluation;

/// <summary>How many of the compared items were right.</summary>
public sealed record Accuracy(int Correct, int Compared)
{
    public double Value => Compared == 0 ? 1 : (double)Correct / Compared;

    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Compared + b.Compared);
}
