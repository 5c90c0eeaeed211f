using System.Text.Json.Nodes;

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

    public static Type Tyypille(JsonObject suoritus) => Naytto.Teksti(suoritus["tyyppi"]?["koodiarvo"]) switch
    {
        { } t when Aikuisten.Contains(t) => typeof(AikuistenPerusopetuksenSuoritusNakyma),
        "perusopetukseenvalmistavaopetus" => typeof(ValmistavanOpetuksenSuoritusNakyma),
        _ => typeof(SuoritusNakyma),
    };

    public static Dictionary<string, object?> Parametrit(JsonObject suoritus, Application.Oppijat.Koodinimet koodinimet) =>
        new() { ["Suoritus"] = suoritus, ["Koodinimet"] = koodinimet };
}
