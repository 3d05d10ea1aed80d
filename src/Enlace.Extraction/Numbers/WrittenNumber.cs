using Enlace.Core.Statements;

namespace Enlace.Extraction.Numbers;

/// <summary>
/// Accumulates the words of a written number ("ciento veintitrés", "one hundred and twenty-three", "dos mil
/// millones") and refuses a word that cannot continue it, so "ocho mujeres y dos" stays two numbers.
/// </summary>
internal sealed class WrittenNumber(bool english)
{
    private decimal total;
    private decimal group;
    private decimal largestScale;
    private bool article;
    private bool half;
    private bool closed;

    public NumberWordKind? Last { get; private set; }

    public Qualifier Implied { get; private set; } = Qualifier.Exact;

    public bool HasValue => Last is not null and not NumberWordKind.Article and not NumberWordKind.Connector
        || (Last == NumberWordKind.Article && !english);

    /// <summary>Only "un", "una", "one" or "medio": an article or a pronoun unless something supports it.</summary>
    public bool NeedsSupport => Last is NumberWordKind.Article or NumberWordKind.Half
        || (Last == NumberWordKind.Unit && group == 1 && total == 0 && !article);

    public decimal Value => Last switch
    {
        NumberWordKind.Article => 1,
        NumberWordKind.Half => 0.5m,
        _ => total + group,
    };

    public bool CanTake(NumberWord word) => !closed && word.Kind switch
    {
        NumberWordKind.Article => Last is null or NumberWordKind.Half,
        NumberWordKind.Half => Last is null,
        NumberWordKind.Unit => Last is null or NumberWordKind.Hundreds or NumberWordKind.HundredTimes or NumberWordKind.Scale
            or NumberWordKind.Connector || (english && Last == NumberWordKind.Tens),
        NumberWordKind.Teen or NumberWordKind.Tens => Last is null or NumberWordKind.Hundreds or NumberWordKind.HundredTimes
            or NumberWordKind.Scale or NumberWordKind.Connector,
        NumberWordKind.Hundreds => Last is null or NumberWordKind.Scale,
        NumberWordKind.HundredTimes => Last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Article,
        NumberWordKind.Scale => Last is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens or NumberWordKind.Hundreds
            or NumberWordKind.HundredTimes or NumberWordKind.Article or NumberWordKind.Scale || (Last is null && !english && word.Value == 1_000),
        NumberWordKind.Dozen => Last is null or NumberWordKind.Article or NumberWordKind.Unit or NumberWordKind.Teen,
        NumberWordKind.Collective => Last is NumberWordKind.Article or NumberWordKind.Half,
        NumberWordKind.Vague => Last is null,
        _ => false,
    };

    /// <summary>Whether a connector ("and", "y") between the last word and <paramref name="next"/> belongs to the number.</summary>
    public bool CanJoin(NumberWord next) => !closed && (english
        ? Last is NumberWordKind.HundredTimes or NumberWordKind.Scale && next.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens
        : Last is NumberWordKind.Tens && next.Kind is NumberWordKind.Unit);

    public void Take(NumberWord word)
    {
        switch (word.Kind)
        {
            case NumberWordKind.Article:
                article = true;
                break;
            case NumberWordKind.Half:
                half = true;
                break;
            case NumberWordKind.HundredTimes:
                group = (group == 0 ? 1 : group) * 100;
                break;
            case NumberWordKind.Scale:
                AddScale(word.Value);
                break;
            case NumberWordKind.Dozen when Last is null:
                // "docenas de" with nothing before it: vague, like "dozens".
                group = 24;
                Implied = Qualifier.AtLeast;
                closed = true;
                break;
            case NumberWordKind.Dozen:
                group = (half ? 0.5m : group == 0 ? 1 : group) * 12;
                closed = true;
                break;
            case NumberWordKind.Collective:
                group = word.Value * (half ? 0.5m : 1);
                Implied = Qualifier.Approximately;
                closed = true;
                break;
            case NumberWordKind.Vague:
                group = word.Value;
                Implied = Qualifier.AtLeast;
                closed = true;
                break;
            case NumberWordKind.Connector:
                break;
            default:
                group += word.Value;
                break;
        }

        Last = word.Kind;
    }

    private void AddScale(decimal scale)
    {
        var multiplier = group == 0 ? 1 : group;
        if (largestScale != 0 && scale > largestScale)
        {
            // "dos mil millones": the larger scale multiplies everything read so far.
            total = (total + group == 0 ? 1 : total + group) * scale;
        }
        else
        {
            total += multiplier * scale;
        }

        largestScale = Math.Max(largestScale, scale);
        group = 0;
    }
}
