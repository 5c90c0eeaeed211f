using System.Text.Json;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Oppijat;

/// <param name="Yksiloimaton">Created without hetu and not yet identified.</param>
/// <param name="LinkitetytOidit">The records linked to this master (their oids resolve to this learner).</param>
public sealed record OppijanHenkilotiedot(string Oid, string? Hetu, string Etunimet, string? Kutsumanimi, string Sukunimi,
    DateOnly? Syntymaaika, bool Yksiloimaton = false, IReadOnlyList<string>? LinkitetytOidit = null)
{
    /// <summary>Code of the list sukupuoli (<see cref="Domain.Oppijat.Henkilokoodit"/>), when stored.</summary>
    public string? Sukupuoli { get; init; }
    /// <summary>The kansalaisuus by its name in the code list maatjavaltiot2 (UI language), when stored.</summary>
    public string? Kansalaisuus { get; init; }
    /// <summary>The äidinkieli by its name in the code list kieli (UI language), when stored.</summary>
    public string? Aidinkieli { get; init; }
}

/// <summary>
/// A study right as the user may see it: <see cref="Dokumentti"/> has already lost what the user may not see. Read-only
/// and compact (UTF-8 with an index, not a tree of nodes): a learner page holds it for as long as it is open.
/// </summary>
public sealed record NaytettavaOpiskeluoikeus(string Oid, int Versionumero, DateTimeOffset Aikaleima, string Tyyppi,
    string OppilaitosOid, string OppilaitosNimi, string? KoulutustoimijaNimi, DateOnly? Alkamispaiva, DateOnly? Paattymispaiva,
    string? Tila, string? Lahdejarjestelma, bool VersiohistoriaSallittu, JsonElement Dokumentti);

public sealed record OppijanSivu(OppijanHenkilotiedot Oppija, IReadOnlyList<NaytettavaOpiskeluoikeus> Opiskeluoikeudet,
    Koodinimet Koodinimet, bool KatseluhistoriaSallittu);

/// <summary>
/// A learner's page: personal details and every study right visible to the user, redacted. A learner with no study
/// right visible to the user is "not found", exactly as one that does not exist. Every view is audited per study right.
/// </summary>
public sealed class OppijanTiedot(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, Koodistot.Koodistot koodistot,
    AuditLoki audit)
{
    public async Task<OppijanSivu?> HaeAsync(Kayttaja kayttaja, string oppijaOid, CancellationToken ct = default)
    {
        if (!kayttaja.Sallii(Sivu.Oppijat)) return null;
        var puu = await organisaatiot.PuuAsync(ct);
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, puu);
        if (nakyvyys.Tyhja) return null;

        await using var db = await tietokanta.AvaaAsync(ct);
        // A linked record's oid shows its master (Henkilot.Oppijanumerot, the one resolver).
        if (await Henkilot.Oppijanumerot.MasterAsync(db.Oppijat.AsNoTracking(), oppijaOid, ct) is not { } oppija) return null;
        oppijaOid = oppija.Oid;
        var rivit = await nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking())
            .Where(o => o.OppijaOid == oppijaOid && !o.Mitatoity)
            .ToListAsync(ct);
        var linkitetyt = await Henkilot.Oppijanumerot.LinkitetytAsync(db, oppijaOid, ct);
        if (rivit.Count == 0 && !await Henkilot.OppijanNakyvyys.NakyyAsync(db, nakyvyys, oppija, [oppijaOid, .. linkitetyt], ct))
            return null;

        var naytettavat = rivit
            .Select(r => Naytettava(nakyvyys, r, Tietosuoja.Naytettava(nakyvyys, r), puu))
            .OrderBy(o => o.OppilaitosNimi, StringComparer.Ordinal).ThenByDescending(o => o.Alkamispaiva)
            .ToList();
        var katsoja = new { organisaatiot = kayttaja.Roolit.Where(r => Sivut.Lukee(r.Ryhma)).Select(r => r.OrganisaatioOid).Distinct() };
        foreach (var r in rivit)
        {
            audit.Lisaa(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_KATSOMINEN,
                new AuditKohde(oppijaOid, r.Oid, r.Versionumero, r.OppilaitosOid, katsoja));
        }
        await db.SaveChangesAsync(ct);

        return new OppijanSivu(
            new OppijanHenkilotiedot(oppija.Oid, oppija.Hetu, oppija.Etunimet, oppija.Kutsumanimi, oppija.Sukunimi, oppija.Syntymaaika,
                oppija.Yksiloimaton, linkitetyt)
            {
                Sukupuoli = oppija.Sukupuoli,
                Kansalaisuus = await KoodinNimiAsync(Domain.Oppijat.Henkilokoodit.KansalaisuusKoodisto, oppija.Kansalaisuus, ct),
                Aidinkieli = await KoodinNimiAsync(Domain.Oppijat.Henkilokoodit.KieliKoodisto, oppija.Aidinkieli, ct),
            },
            naytettavat,
            await Koodinimet.KeraaAsync(koodistot, naytettavat.Select(n => n.Dokumentti), ct: ct),
            Katseluhistoria.Sallittu(kayttaja));
    }

    /// <summary>A code's name in the UI language; the code itself when the list does not know it.</summary>
    private async Task<string?> KoodinNimiAsync(string koodisto, string? koodi, CancellationToken ct)
    {
        if (koodi is null) return null;
        return (await koodistot.KoodistoAsync(koodisto, ct)).TryGetValue(koodi, out var k)
            ? Kieli.Tekstit.Ruotsiksi ? k.NimiSv ?? k.Nimi : k.Nimi
            : koodi;
    }

    internal static NaytettavaOpiskeluoikeus Naytettava(Nakyvyys nakyvyys, Opiskeluoikeus r, JsonElement dokumentti, OrganisaatioPuu puu) =>
        new(r.Oid, r.Versionumero, r.Aikaleima, r.Tyyppi, r.OppilaitosOid, puu.Hae(r.OppilaitosOid)?.NimiFi ?? r.OppilaitosOid,
            r.KoulutustoimijaOid is { } kt ? puu.Hae(kt)?.NimiFi ?? kt : null, r.Alkamispaiva, r.Paattymispaiva, r.Tila,
            r.Lahdejarjestelma, Tietosuoja.VersiohistoriaSallittu(nakyvyys, r), dokumentti);
}
