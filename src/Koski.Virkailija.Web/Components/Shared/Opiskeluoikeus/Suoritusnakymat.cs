using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

/// <summary>
/// Which view shows a päätason suoritus on the learner page: a type entered here has its own, with the names KOSKI's UI
/// uses; the others the generic <see cref="SuoritusNakyma"/>. Every view takes Suoritus and Koodinimet.
/// (Also the marker type of the views' own texts, Resources/Components/Shared/Opiskeluoikeus/Suoritusnakymat.)
/// </summary>
public sealed class Suoritusnakymat
{
    private static readonly HashSet<string> Aikuisten =
        ["aikuistenperusopetuksenoppimaara", "aikuistenperusopetuksenoppimaaranalkuvaihe", "perusopetuksenoppiaineenoppimaara"];

    public static Type Tyypille(JsonElement suoritus) => Naytto.Teksti(suoritus.Kentta("tyyppi").Kentta("koodiarvo")) switch
    {
        { } t when Aikuisten.Contains(t) => typeof(AikuistenPerusopetuksenSuoritusNakyma),
        "perusopetukseenvalmistavaopetus" => typeof(ValmistavanOpetuksenSuoritusNakyma),
        _ => typeof(SuoritusNakyma),
    };

    /// <summary>
    /// The view of a päätason suoritus, keyed by its place (a view's own state, such as its open rows, belongs to one
    /// suoritus). Written straight into the caller's tree: a DynamicComponent would be one more component per page.
    /// </summary>
    public static RenderFragment Nakyma(JsonElement suoritus, int indeksi, Application.Oppijat.Koodinimet koodinimet) => rakentaja =>
    {
        rakentaja.OpenComponent(0, Tyypille(suoritus));
        rakentaja.SetKey(indeksi);
        rakentaja.AddComponentParameter(1, "Suoritus", suoritus);
        rakentaja.AddComponentParameter(2, "Koodinimet", koodinimet);
        rakentaja.CloseComponent();
    };
}
