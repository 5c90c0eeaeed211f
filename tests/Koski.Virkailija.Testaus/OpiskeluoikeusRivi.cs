using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Testaus;

/// <summary>A stored study right built from a minimal KOSKI document, its columns derived the way saving derives them.</summary>
public static class OpiskeluoikeusRivi
{
    public static Opiskeluoikeus Luo(string oid, string oppija, string tyyppi, string oppilaitos, string koulutustoimija,
        (string Alku, string Tila)[] jaksot, JsonNode[] suoritukset, JsonObject? lisatiedot = null, string? lahdejarjestelma = null)
    {
        var json = new JsonObject
        {
            ["oid"] = oid,
            ["tyyppi"] = new JsonObject { ["koodiarvo"] = tyyppi },
            ["oppilaitos"] = new JsonObject { ["oid"] = oppilaitos },
            ["koulutustoimija"] = new JsonObject { ["oid"] = koulutustoimija },
            ["tila"] = new JsonObject
            {
                ["opiskeluoikeusjaksot"] = new JsonArray(jaksot.Select(j => (JsonNode)new JsonObject
                { ["alku"] = j.Alku, ["tila"] = new JsonObject { ["koodiarvo"] = j.Tila } }).ToArray()),
            },
            ["suoritukset"] = new JsonArray(suoritukset),
        };
        if (lisatiedot is not null) json["lisätiedot"] = lisatiedot;
        if (lahdejarjestelma is not null)
            json["lähdejärjestelmänId"] = new JsonObject { ["id"] = oid, ["lähdejärjestelmä"] = new JsonObject { ["koodiarvo"] = lahdejarjestelma } };
        var rivi = new Opiskeluoikeus { Oid = oid, OppijaOid = oppija, Tyyppi = "", OppilaitosOid = "", Json = "" };
        new OpiskeluoikeusDokumentti(json).TaytaIndeksi(rivi);
        return rivi;
    }
}
