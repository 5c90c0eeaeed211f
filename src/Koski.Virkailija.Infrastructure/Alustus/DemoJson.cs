using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>Building blocks of KOSKI's JSON, shaped and ordered as in KOSKI's own example documents.</summary>
internal static class DemoJson
{
    private static readonly Dictionary<string, string> TilojenNimet = new()
    {
        ["lasna"] = "Läsnä",
        ["valmistunut"] = "Valmistunut",
        ["eronnut"] = "Eronnut",
        ["valiaikaisestikeskeytynyt"] = "Väliaikaisesti keskeytynyt",
    };

    private static readonly HashSet<string> Hylatyt = ["4", "H", "Hylätty", "hylatty"];

    public static string Paiva(DateOnly paiva) => paiva.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static JsonObject Koodi(string koodistoUri, string koodiarvo, string? nimiFi = null)
    {
        var koodi = new JsonObject { ["koodiarvo"] = koodiarvo };
        if (nimiFi is not null) koodi["nimi"] = new JsonObject { ["fi"] = nimiFi };
        koodi["koodistoUri"] = koodistoUri;
        return koodi;
    }

    /// <summary>A local code (paikallinen koodi): no koodisto, the name is required.</summary>
    public static JsonObject PaikallinenKoodi(string koodiarvo, string nimiFi) =>
        new() { ["koodiarvo"] = koodiarvo, ["nimi"] = new JsonObject { ["fi"] = nimiFi } };

    public static JsonObject Organisaatio(Organisaatio o)
    {
        var nimi = new JsonObject { ["fi"] = o.NimiFi };
        if (o.NimiSv is not null && o.NimiSv != o.NimiFi) nimi["sv"] = o.NimiSv;
        return new JsonObject { ["oid"] = o.Oid, ["nimi"] = nimi };
    }

    public static JsonObject Oppilaitos(Organisaatio o)
    {
        var json = new JsonObject { ["oid"] = o.Oid };
        if (o.OppilaitosKoodi is { } koodi) json["oppilaitosnumero"] = Koodi("oppilaitosnumero", koodi);
        json["nimi"] = new JsonObject { ["fi"] = o.NimiFi };
        return json;
    }

    public static JsonObject Tila(params JsonObject[] jaksot) =>
        new() { ["opiskeluoikeusjaksot"] = new JsonArray(jaksot.Cast<JsonNode?>().ToArray()) };

    public static JsonObject Jakso(DateOnly alku, string tila, string? rahoitus = null)
    {
        var jakso = new JsonObject
        {
            ["alku"] = Paiva(alku),
            ["tila"] = Koodi("koskiopiskeluoikeudentila", tila, TilojenNimet.GetValueOrDefault(tila)),
        };
        if (rahoitus is not null) jakso["opintojenRahoitus"] = Koodi("opintojenrahoitus", rahoitus);
        return jakso;
    }

    public static JsonObject Aikajakso(DateOnly alku, DateOnly? loppu = null)
    {
        var jakso = new JsonObject { ["alku"] = Paiva(alku) };
        if (loppu is { } l) jakso["loppu"] = Paiva(l);
        return jakso;
    }

    public static JsonArray Arviointi(string asteikko, string arvosana, DateOnly? paiva = null)
    {
        var arviointi = new JsonObject { ["arvosana"] = Koodi(asteikko, arvosana) };
        if (paiva is { } p) arviointi["päivä"] = Paiva(p);
        arviointi["hyväksytty"] = !Hylatyt.Contains(arvosana);
        return [arviointi];
    }

    public static JsonObject Laajuus(double arvo, string yksikko) =>
        new() { ["arvo"] = arvo, ["yksikkö"] = Koodi("opintojenlaajuusyksikko", yksikko) };

    public static JsonObject Vahvistus(DateOnly paiva, Organisaatio myontaja, (string Koodi, string Nimi) paikkakunta,
        string henkilo, string titteli = "rehtori") =>
        new()
        {
            ["päivä"] = Paiva(paiva),
            ["paikkakunta"] = Koodi("kunta", paikkakunta.Koodi, paikkakunta.Nimi),
            ["myöntäjäOrganisaatio"] = Organisaatio(myontaja),
            ["myöntäjäHenkilöt"] = new JsonArray(new JsonObject
            {
                ["nimi"] = henkilo,
                ["titteli"] = new JsonObject { ["fi"] = titteli },
                ["organisaatio"] = Organisaatio(myontaja),
            }),
        };

    public static JsonObject Suorituskieli() => Koodi("kieli", "FI", "suomi");
}
