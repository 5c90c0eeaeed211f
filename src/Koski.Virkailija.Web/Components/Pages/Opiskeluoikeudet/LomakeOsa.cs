using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.AspNetCore.Components;

namespace Koski.Virkailija.Web.Components.Pages.Opiskeluoikeudet;

/// <summary>A section of the study-right form: edits part of <see cref="Lomake"/> and tells the page it changed.</summary>
public abstract class LomakeOsa : ComponentBase
{
    [Parameter, EditorRequired] public SyottoLomake Lomake { get; set; } = default!;
    [Parameter] public IReadOnlyList<ValidointiVirhe> Virheet { get; set; } = [];
    /// <summary>Marks the form changed (unsaved-changes prompt, draft).</summary>
    [Parameter] public EventCallback Muutettu { get; set; }
    /// <summary>The last day a tila jakso may start on for the form's type, when it has one (its date pickers stop there).</summary>
    [Parameter] public DateOnly? ViimeinenTilanAlku { get; set; }

    protected Task Muuttui() => Muutettu.InvokeAsync();
}
