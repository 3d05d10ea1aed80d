namespace Enlace.Extraction.Evaluation;

/// <summary>Precision, recall and F1 from counts of matches, predictions and expectations.</summary>
public sealed record Score(int Matched, int Predicted, int Expected)
{
    public double Precision => Predicted == 0 ? (Expected == 0 ? 1 : 0) : (double)Matched / Predicted;

    public double Recall => Expected == 0 ? 1 : (double)Matched / Expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Expected + b.Expected);
}
