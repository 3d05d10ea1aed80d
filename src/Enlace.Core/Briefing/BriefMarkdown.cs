using System.Globalization;
using System.Text;

namespace Enlace.Core.Briefing;

/// <summary>Renders a brief as Markdown; citations are numbered links to the document span they quote.</summary>
public static class BriefMarkdown
{
    public static string Render(Brief brief, Func<Citation, string>? link = null)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Situation brief: {Escape(brief.Title)}");
        md.AppendLine();
        Generated(md, brief.GeneratedAt);
        Sections(md, brief, "##");
        Sources(md, brief.Citations, link);
        return md.ToString();
    }

    public static string Render(EntityBrief brief, Func<Citation, string>? link = null)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# Situation brief: {Escape(brief.Title)}");
        md.AppendLine();
        Generated(md, brief.GeneratedAt);
        md.AppendLine("## Summary");
        md.AppendLine();
        foreach (var line in brief.Summary)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Cite(line)}");
        }

        md.AppendLine();
        md.AppendLine("## Also known as");
        md.AppendLine();
        md.AppendLine(brief.Aliases.Count == 0 ? "No other names recorded." : Escape(string.Join(", ", brief.Aliases)));
        md.AppendLine();
        foreach (var (evt, i) in brief.Events.Select((e, i) => (e, i + 1)))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## Event {i}: {Escape(evt.Title)}");
            md.AppendLine();
            Sections(md, evt, "###");
        }

        Sources(md, brief.Citations, link);
        return md.ToString();
    }

    private static void Generated(StringBuilder md, DateTimeOffset at)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"_Generated {at:yyyy-MM-dd HH:mm} UTC. Every figure is given with all its sources; numbers in brackets cite the report span._");
        md.AppendLine();
    }

    private static void Sections(StringBuilder md, Brief brief, string heading)
    {
        md.AppendLine(CultureInfo.InvariantCulture, $"{heading} Summary");
        md.AppendLine();
        foreach (var line in brief.Summary)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Cite(line)}");
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{heading} Figures");
        md.AppendLine();
        md.AppendLine("| figure | value | source | grade | status | cite |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var figure in brief.Figures)
        {
            foreach (var value in figure.Values)
            {
                md.AppendLine(CultureInfo.InvariantCulture,
                    $"| {Escape(figure.Figure)} | {(value.Chosen ? "**" + Escape(value.Value) + "** (chosen)" : Escape(value.Value))} | {Escape(value.Source)} | {value.Grade} | {figure.Status} | [[{value.Citation}]](#cite-{value.Citation}) |");
            }

            if (figure.Decision is { } decision)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(figure.Figure)} | decision | {Escape(decision)} | | adjudicated | |");
            }
        }

        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{heading} Decisions");
        md.AppendLine();
        var decisions = brief.Decisions.ToList();
        md.AppendLine(decisions.Count == 0 ? "No conflict has been adjudicated." : string.Join('\n', decisions.Select(Decision)));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{heading} Open conflicts");
        md.AppendLine();
        md.AppendLine(brief.OpenConflicts.Count == 0 ? "None." : string.Join('\n', brief.OpenConflicts.Select(c => "- " + Cite(c))));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{heading} Timeline");
        md.AppendLine();
        md.AppendLine(brief.Timeline.Count == 0 ? "No dates stated." : string.Join('\n', brief.Timeline.Select(t => $"- **{t.When}** — {Escape(t.What)} [[{t.Citation}]](#cite-{t.Citation})")));
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{heading} Entities involved");
        md.AppendLine();
        md.AppendLine(brief.Entities.Count == 0 ? "None named." : string.Join('\n', brief.Entities.Select(e => $"- {e.Key}: {Escape(string.Join(", ", e.Value))}")));
        md.AppendLine();
    }

    // "- rescued (women): **52** per the Embassy [3] chosen — ana: shelter intake records. Alternatives: 46 per PNP [1]."
    private static string Decision(BriefFigure figure)
    {
        var chosen = figure.Values.Where(v => v.Chosen).Select(v => $"**{Escape(v.Value)}** per {Escape(v.Source)} [[{v.Citation}]](#cite-{v.Citation})").FirstOrDefault() ?? "no value";
        var alternatives = figure.Values.Where(v => !v.Chosen).Select(v => $"{Escape(v.Value)} per {Escape(v.Source)} [[{v.Citation}]](#cite-{v.Citation})").ToList();
        return $"- {Escape(figure.Figure)}: {chosen} chosen — {Escape(figure.Decision ?? "")}." +
            (alternatives.Count == 0 ? "" : " Alternatives kept: " + string.Join("; ", alternatives) + ".");
    }

    private static void Sources(StringBuilder md, IReadOnlyList<Citation> citations, Func<Citation, string>? link)
    {
        link ??= c => c.DocumentId is { } id && c.Span is { } span ? $"documents/{id}#span-{span.Start}-{span.End}" : "";
        md.AppendLine("## Sources");
        md.AppendLine();
        foreach (var citation in citations)
        {
            var where = citation.FileName is null ? citation.Source : $"{citation.FileName}, characters {citation.Span?.Start}–{citation.Span?.End}";
            var target = link(citation);
            var anchor = target.Length > 0 ? $"[{Escape(where)}]({target})" : Escape(where);
            md.AppendLine(CultureInfo.InvariantCulture, $"{citation.Number}. <a id=\"cite-{citation.Number}\"></a>{anchor}: “{Escape(citation.Quote ?? "")}” — {Escape(citation.Source)}");
        }
    }

    // "[3]" in generated sentences becomes a link to the citation.
    private static string Cite(string line) =>
        System.Text.RegularExpressions.Regex.Replace(Escape(line), @"\\\[(\d+)\\\]", "[[$1]](#cite-$1)");

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
