using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Enlace.Server.Components.Shared;

/// <summary>An SVG &lt;text&gt; element, which Razor markup cannot write directly (it reserves the tag).</summary>
public sealed class SvgLabel : ComponentBase
{
    [Parameter, EditorRequired]
    public required string X { get; set; }

    [Parameter, EditorRequired]
    public required string Y { get; set; }

    [Parameter]
    public string? Class { get; set; }

    [Parameter, EditorRequired]
    public required string Text { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", X);
        builder.AddAttribute(2, "y", Y);
        builder.AddAttribute(3, "class", Class);
        builder.AddContent(4, Text);
        builder.CloseElement();
    }
}
