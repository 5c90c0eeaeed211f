using Microsoft.AspNetCore.Components;

namespace Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

/// <summary>
/// A read-only view of a study right's part that renders again only when one of its parameters changed, or when it
/// asked itself (<see cref="Muuttui"/>: a row opened). Why: a component keeps its previous render tree's buffer
/// alongside the current one until it renders again, so each needless re-render caused by a parent (a tab chosen, the
/// version list opening) doubled what a large suoritus held for as long as the learner page was open.
/// Parameters compare with <see cref="object.Equals(object?, object?)"/>: the views get the same JSON objects and the
/// same <c>Koodinimet</c> on every parent render.
/// </summary>
public abstract class KiinteaNakyma : ComponentBase
{
    private IReadOnlyDictionary<string, object?>? edelliset;
    private bool piirra = true;

    public override Task SetParametersAsync(ParameterView parameters)
    {
        var uudet = parameters.ToDictionary();
        piirra |= edelliset is null || uudet.Count != edelliset.Count
            || uudet.Any(p => !edelliset.TryGetValue(p.Key, out var edellinen) || !Equals(edellinen, p.Value));
        edelliset = uudet;
        return base.SetParametersAsync(parameters);
    }

    /// <summary>The view's own state changed: its next <c>StateHasChanged</c> renders.</summary>
    protected void Muuttui() => piirra = true;

    protected override bool ShouldRender() => piirra;

    protected override void OnAfterRender(bool firstRender) => piirra = false;
}
