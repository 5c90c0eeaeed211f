using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Opiskeluoikeudet;

/// <summary>The learner of a transfer document's <c>henkilö</c>: found by oid or hetu, or created from hetu and names.</summary>
public static class SiirronOppija
{
    /// <summary>
    /// KOSKI reads henkilö as one of its schema's person types (oid; hetu; hetu with names), and an oid against the
    /// schema's pattern: what fits none of them is a schema error, not a henkilötiedot one.
    /// </summary>
    private const string Skeemavirhe = "badRequest.validation.jsonSchema";

    /// <summary>
    /// By oid, else by hetu; a learner with a hetu and names not yet known is created (added to <paramref name="db"/>,
    /// saved by the caller's SaveChanges), its OID taken from <paramref name="oidit"/>.
    /// </summary>
    public static async Task<(Oppija Oppija, bool Lisatty)> HaeTaiLuoAsync(IKoskiDb db, JsonObject henkilo, Oidivaraus oidit,
        CancellationToken ct)
    {
        var oid = Teksti(henkilo, "oid");
        // A linked record's oid saves under its master (Henkilot.Oppijanumerot, the one resolver); a learner created
        // without hetu is found by its oid like any other.
        if (oid is not null && await Henkilot.Oppijanumerot.MasterAsync(db.Oppijat, oid, ct) is { } oidilla)
            return (oidilla, false);

        var hetu = Teksti(henkilo, "hetu")?.Trim().ToUpperInvariant();
        if (hetu is null)
        {
            throw oid is null
                ? new TiedonsiirtoVirhe(Skeemavirhe, "Henkilöltä puuttuu sekä oid että hetu")
                : new TiedonsiirtoVirhe("notFound.oppijaaEiLöydy", $"Oppijaa {oid} ei löydy");
        }
        if (Hetu.Virhe(hetu) is { } hetuvirhe)
            throw new TiedonsiirtoVirhe("badRequest.validation.henkilötiedot.hetu", $"{hetuvirhe}: {hetu}");
        // Henkilot.Oppijanumerot.HetullaAsync's reading, in the query that also reserves the new OIDs.
        if (await oidit.HetullaAsync(hetu, ct) is { } hetunOid
            && await Henkilot.Oppijanumerot.MasterAsync(db.Oppijat, hetunOid, ct) is { } hetulla)
            return (hetulla, false);

        var etunimet = Teksti(henkilo, "etunimet");
        var sukunimi = Teksti(henkilo, "sukunimi");
        if (etunimet is null || sukunimi is null)
            throw new TiedonsiirtoVirhe(Skeemavirhe, "Uudelta oppijalta puuttuu etunimet tai sukunimi");
        if (oid is not null && !Oidit.OnHenkiloOid(oid))
            throw new TiedonsiirtoVirhe(Skeemavirhe, $"Virheellinen henkilö-oid '{oid}'");
        // KOSKI passes a new learner to the oppijanumerorekisteri, which refuses a kutsumanimi that is not an etunimi.
        var kutsumanimi = Teksti(henkilo, "kutsumanimi");
        if (kutsumanimi is not null && !Henkilotietosaannot.KutsumanimiOnEtunimi(etunimet, kutsumanimi))
            throw new TiedonsiirtoVirhe(Henkilotietosaannot.PuutteellisetAvain, $"{Henkilotietosaannot.KutsumanimiViesti} Kutsumanimi '{kutsumanimi}', etunimet '{etunimet}'.");

        var oppija = new Oppija
        {
            Oid = oid ?? await oidit.HenkiloAsync(ct),
            Hetu = hetu,
            Etunimet = etunimet,
            Kutsumanimi = kutsumanimi,
            Sukunimi = sukunimi,
            Syntymaaika = Hetu.Syntymaaika(hetu),
        };
        oppija.PaivitaHakunimi();
        db.Oppijat.Add(oppija);
        return (oppija, true);
    }

    private static string? Teksti(JsonObject o, string nimi) =>
        o[nimi] is JsonValue arvo && arvo.GetValueKind() == JsonValueKind.String
        && arvo.GetValue<string>() is { } s && !string.IsNullOrWhiteSpace(s) ? s : null;
}
