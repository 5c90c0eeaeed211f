using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Koski.Virkailija.Web.Components.Shared;

/// <summary>A heading whose level the parent chooses, so that a component keeps the page's heading order (axe heading-order).</summary>
public sealed class DynamicHeading : ComponentBase
{
    [Parameter] public int Taso { get; set; } = 2;
    [Parameter] public string? Luokka { get; set; }
    [Parameter] public RenderFragment? ChildContent { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, $"h{Math.Clamp(Taso, 1, 6)}");
        builder.AddAttribute(1, "class", Luokka);
        builder.AddContent(2, ChildContent);
        builder.CloseElement();
    }
}
