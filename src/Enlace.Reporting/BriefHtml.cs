using System.Net;
using System.Security.Cryptography;
using System.Text;
using Enlace.Core.Briefing;
using Markdig;

namespace Enlace.Reporting;

/// <summary>A brief as a standalone HTML page, styled for reading on screen and for printing.</summary>
public static class BriefHtml
{
    /// <summary>The page's one inline style block, exactly as written between its tags.</summary>
    public const string Style = """
        body { font: 15px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f24; }
        h1 { font-size: 1.6rem; border-bottom: 2px solid #1b1f24; }
        h2 { font-size: 1.15rem; margin-top: 1.8rem; }
        table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
        th, td { border: 1px solid #c8ccd1; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #eef1f4; }
        a { color: #0b5cad; }
        em { color: #555; }
        @media print { body { margin: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
        """;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().Build();

    /// <summary>
    /// The content-security-policy source that allows exactly <see cref="Style"/> and nothing else inline
    /// ("sha256-…"), so a server can serve the page styled under a strict policy.
    /// </summary>
    public static string StyleHash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style))) + "'";

    public static string Render(Brief brief, Func<Citation, string>? link = null) => Page(brief.Title, BriefMarkdown.Render(brief, link));

    public static string Render(EntityBrief brief, Func<Citation, string>? link = null) => Page(brief.Title, BriefMarkdown.Render(brief, link));

    private static string Page(string title, string markdown)
    {
        var body = Markdown.ToHtml(markdown, Pipeline);
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Brief: {{WebUtility.HtmlEncode(title)}}</title>
            <link rel="icon" href="data:,">
            <style>{{Style}}</style>
            </head>
            <body>
            {{body}}
            </body>
            </html>
            """;
    }
}
