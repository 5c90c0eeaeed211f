using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace Koski.Virkailija.Web.Components.Pages.Opiskeluoikeudet;

/// <summary>
/// A section of the study-right form: edits part of <see cref="Lomake"/> and tells the page it changed. A new entry type
/// (a complete perusopetus, aikuisten perusopetus, perusopetukseen valmistava) is a list of sections in
/// <see cref="Lomakeosiot"/>, its own sections inheriting this class; nothing is copied.
/// </summary>
public abstract class LomakeOsa : ComponentBase
{
    [Parameter, EditorRequired] public SyottoLomake Lomake { get; set; } = default!;
    [Parameter] public IReadOnlyList<ValidointiVirhe> Virheet { get; set; } = [];
    /// <summary>Marks the form changed (unsaved-changes prompt, draft).</summary>
    [Parameter] public EventCallback Muutettu { get; set; }
    /// <summary>The last day a tila jakso may start on for the form's type, when it has one (its date pickers stop there).</summary>
    [Parameter] public DateOnly? ViimeinenTilanAlku { get; set; }

    /// <summary>The form's texts, one resource for all its sections (Resources/Components/Pages/Opiskeluoikeudet/OpiskeluoikeusLomake).</summary>
    [Inject] protected IStringLocalizer<OpiskeluoikeusLomake> L { get; set; } = default!;

    /// <summary>The code choices' names in the UI language (cascaded by <see cref="Lomakekehys"/>).</summary>
    [CascadingParameter] public Koodikaannokset Kaannokset { get; set; } = Koodikaannokset.Suomeksi;

    protected Task Muuttui() => Muutettu.InvokeAsync();
}
