namespace Enlace.Extraction.Quantities;

/// <summary>Numbers the paragraphs of a text (blocks separated by a blank line), so figures far apart are not linked.</summary>
internal sealed class Paragraphs
{
    private readonly List<int> breaks = [];

    public Paragraphs(string text)
    {
        var blank = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                if (blank)
                {
                    breaks.Add(i);
                }

                blank = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                blank = false;
            }
        }
    }

    /// <summary>The paragraph that holds the character at <paramref name="position"/>.</summary>
    public int Of(int position)
    {
        var index = breaks.BinarySearch(position);
        return index >= 0 ? index : ~index;
    }
}
