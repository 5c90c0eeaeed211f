using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Domain.Opiskeluoikeudet;

/// <summary>
/// What KOSKI's repository makes of an update before it stores it (OpiskeluoikeusChangeMigrator), so a stored version
/// here is the one KOSKI would store:
/// <list type="bullet">
/// <item>an update that invalidates keeps the stored document and only adds the mitätöity jakso;</item>
/// <item>a completed päätason suoritus the update leaves out is kept (a source system often sends only the current
/// grade), except in ammatillinen and for the types KOSKI lets a sender remove;</item>
/// <item>the organisaatiohistoria is the stored one, with an entry for the old oppilaitos and koulutustoimija when the
/// update moves the study right.</item>
/// </list>
/// The change rules (<see cref="Paivityssaannot"/>) then judge the result against the stored document.
/// </summary>
public static class Opiskeluoikeusmuutos
{
    /// <summary>Rewrites <paramref name="uusi"/> in place into the document to store as the next version of <paramref name="vanha"/>.</summary>
    /// <param name="valmiitPoistettavissa">KOSKI's allowDeleteCompleted: its own removal of a päätason suoritus.</param>
    public static void Sovella(JsonObject vanha, JsonObject uusi, DateOnly tanaan, bool valmiitPoistettavissa = false)
    {
        if (OnMitatoity(uusi))
        {
            Mitatoi(vanha, uusi);
            return;
        }
        if (!valmiitPoistettavissa && JsonLuku.Teksti(uusi, "tyyppi", "koodiarvo") != Opiskeluoikeustyypit.Ammatillinen)
            SailytaValmiitSuoritukset(vanha, uusi);
        // The stored history, not the sender's: KOSKI keeps it itself.
        if (Organisaatiohistoria(vanha, uusi, tanaan) is { } historia) uusi["organisaatiohistoria"] = historia;
        else uusi.Remove("organisaatiohistoria");
    }

    /// <summary>KOSKI's <c>invalidated(mitätöintiPäivä)</c>: the stored document with a mitätöity jakso, on the later of its own last jakso and the given day.</summary>
    private static void Mitatoi(JsonObject vanha, JsonObject uusi)
    {
        var mitatointipaiva = Jaksot(uusi).Where(j => JsonLuku.Teksti(j, "tila", "koodiarvo") == Tilat.Mitatoity).Select(Alku).LastOrDefault();
        var viimeisin = Jaksot(vanha).Select(Alku).OfType<DateOnly>().DefaultIfEmpty(DateOnly.MinValue).Max();
        var paiva = mitatointipaiva is { } annettu && annettu > viimeisin ? annettu : viimeisin;
        var tallennettava = vanha.DeepClone().AsObject();
        ((tallennettava["tila"] as JsonObject)?["opiskeluoikeusjaksot"] as JsonArray)?.Add(new JsonObject
        {
            ["alku"] = paiva.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["tila"] = new JsonObject { ["koodiarvo"] = Tilat.Mitatoity, ["koodistoUri"] = "koskiopiskeluoikeudentila" },
        });
        uusi.Clear();
        foreach (var (avain, arvo) in tallennettava.ToList())
        {
            tallennettava.Remove(avain);
            uusi[avain] = arvo;
        }
    }

    /// <summary>kopioiValmiitSuorituksetUuteen: the stored completed päätason suoritukset whose koulutusmoduuli the update lacks go first.</summary>
    private static void SailytaValmiitSuoritukset(JsonObject vanha, JsonObject uusi)
    {
        if (vanha["suoritukset"] is not JsonArray vanhat) return;
        var uudet = uusi["suoritukset"] as JsonArray ?? [];
        var uudetTunnisteet = uudet.Select(Tunniste).ToHashSet();
        var sailytettavat = vanhat.OfType<JsonObject>()
            .Where(s => Kopioitava(s) && Valmis(s) && !uudetTunnisteet.Contains(Tunniste(s)))
            .Select(s => (JsonNode)s.DeepClone()).ToList();
        if (sailytettavat.Count == 0) return;
        uusi["suoritukset"] = new JsonArray([.. sailytettavat, .. uudet.Select(s => s?.DeepClone())]);
    }

    /// <summary>The päätason suoritukset a sender may drop: KOSKI does not copy them back.</summary>
    private static bool Kopioitava(JsonObject suoritus) => JsonLuku.Teksti(suoritus, "tyyppi", "koodiarvo") switch
    {
        "lukionoppiaineenoppimaara" or Suoritustyypit.LukionAineopinnot or "esiopetuksensuoritus"
            or Suoritustyypit.NuortenOppiaineenOppimaara or "perusopetuksenoppiaineenoppimaara" or "ebtutkinto"
            or "ibtutkinto" or "preiboppimaara" or "preiboppimaara2019" => false,
        Suoritustyypit.LukionOppimaara => !Suoritustyypit.Lops2019Diaarit.Contains(JsonLuku.Teksti(suoritus, "koulutusmoduuli", "perusteenDiaarinumero")),
        { } tyyppi => !tyyppi.StartsWith("europeanschoolofhelsinkivuosiluokka", StringComparison.Ordinal)
            && !tyyppi.StartsWith("taiteenperusopetuksen", StringComparison.Ordinal),
        null => true,
    };

    /// <summary>KOSKI's <c>valmis</c> for a päätason suoritus: vahvistettu, and assessed where the type has an arviointi.</summary>
    private static bool Valmis(JsonObject suoritus) =>
        suoritus["vahvistus"] is JsonObject && suoritus["arviointi"] is null or JsonArray { Count: > 0 };

    /// <summary>KOSKI compares the koulutusmoduuli's tunniste: its code and code list (names are filled from the list).</summary>
    private static (string?, string?) Tunniste(JsonNode? suoritus) =>
        (JsonLuku.Teksti(suoritus, "koulutusmoduuli", "tunniste", "koodiarvo"), JsonLuku.Teksti(suoritus, "koulutusmoduuli", "tunniste", "koodistoUri"));

    private static JsonArray? Organisaatiohistoria(JsonObject vanha, JsonObject uusi, DateOnly tanaan)
    {
        var historia = (vanha["organisaatiohistoria"] as JsonArray)?.DeepClone().AsArray();
        if (JsonLuku.Teksti(vanha, "oppilaitos", "oid") == JsonLuku.Teksti(uusi, "oppilaitos", "oid")
            && JsonLuku.Teksti(vanha, "koulutustoimija", "oid") == JsonLuku.Teksti(uusi, "koulutustoimija", "oid"))
            return historia;
        historia ??= [];
        historia.Add(new JsonObject
        {
            ["muutospäivä"] = tanaan.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["oppilaitos"] = vanha["oppilaitos"]?.DeepClone(),
            ["koulutustoimija"] = vanha["koulutustoimija"]?.DeepClone(),
        });
        return historia;
    }

    private static bool OnMitatoity(JsonObject dokumentti) =>
        Jaksot(dokumentti).LastOrDefault() is { } viimeinen && JsonLuku.Teksti(viimeinen, "tila", "koodiarvo") == Tilat.Mitatoity;

    private static IEnumerable<JsonNode> Jaksot(JsonObject dokumentti) =>
        (JsonLuku.Solmu(dokumentti, "tila", "opiskeluoikeusjaksot") as JsonArray ?? []).OfType<JsonNode>();

    private static DateOnly? Alku(JsonNode jakso) => JsonLuku.Paiva(jakso, "alku");
}
