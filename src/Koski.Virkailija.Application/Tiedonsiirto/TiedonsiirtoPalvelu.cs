using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Validointi;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tiedonsiirto;

public sealed record TallennettuOpiskeluoikeus(string Oid, int Versionumero, JsonNode? LahdejarjestelmanId);

public sealed record TiedonsiirronVastaus(string OppijaOid, IReadOnlyList<TallennettuOpiskeluoikeus> Opiskeluoikeudet);

/// <summary>
/// KOSKI's <c>PUT /oppija</c>: stores a transfer document <c>{henkilö, opiskeluoikeudet}</c> as the acting user. Each
/// study right is matched by oid, else by lähdejärjestelmänId and oppilaitos, else created; all of it is validated
/// with the shared catalogue and against the learner's other study rights (a duplicate is 409 conflict.exists), and
/// written in one transaction, so one invalid study right stores none.
/// </summary>
public sealed class TiedonsiirtoPalvelu(IKoskiDbFactory tietokanta, OpiskeluoikeusTallennus tallennus,
    OrganisaatioHakemisto organisaatiot, AuditLoki audit, TimeProvider aika, OpiskeluoikeudenValidointi validointi)
{
    /// <summary>Where a learner's error points: the form shows it by the hetu/oid field.</summary>
    public const string HenkilonPolku = "henkilö";

    public Task<TiedonsiirronVastaus> TallennaAsync(Kayttaja kayttaja, JsonNode? siirto, CancellationToken ct = default) =>
        TallennaAsync(kayttaja, siirto, valmiitPoistettavissa: false, ct);

    /// <param name="valmiitPoistettavissa">
    /// Whether an update may drop a completed päätason suoritus. A transfer may not (KOSKI keeps it,
    /// <see cref="Opiskeluoikeusmuutos"/>); the form removes one only after the official confirms it, as KOSKI's own
    /// "poista suoritus" does.
    /// </param>
    public async Task<TiedonsiirronVastaus> TallennaAsync(Kayttaja kayttaja, JsonNode? siirto, bool valmiitPoistettavissa,
        CancellationToken ct = default)
    {
        TarkistaKayttaja(kayttaja);
        var (henkilo, dokumentit) = Lue(siirto);
        // Whether the client named the versions it edited; saving sets versionumero on every document.
        var versiotAnnettu = dokumentit.Any(d => d.Versionumero is not null);
        var puu = await organisaatiot.PuuAsync(ct);

        await using var db = await tietokanta.AvaaAsync(ct);
        var oidit = new Oidivaraus(db, dokumentit.Count(d => d.Oid is null));
        Domain.Oppijat.Oppija oppija;
        bool uusiOppija;
        try
        {
            (oppija, uusiOppija) = await SiirronOppija.HaeTaiLuoAsync(db, henkilo, oidit, ct);
        }
        catch (TiedonsiirtoVirhe virhe)
        {
            throw new KoskiVirheet([new KoskiVirhe(virhe.Avain, virhe.Message, HenkilonPolku)]);
        }
        // A learner created just now has no rows in the database yet.
        if (!uusiOppija) await LataaOppijanRivitAsync(db, oppija.Oid, ct);

        var hetki = aika.GetUtcNow();
        var tulokset = new List<TallennettuOpiskeluoikeus>();
        var virheet = new List<KoskiVirhe>();
        for (var i = 0; i < dokumentit.Count; i++)
        {
            var omat = await TallennaYksiAsync(db, oidit, kayttaja, oppija.Oid, dokumentit[i], puu, hetki, valmiitPoistettavissa, ct);
            if (omat.Virheet.Count > 0) virheet.AddRange(omat.Virheet.Select(v => v with { Viesti = $"opiskeluoikeudet[{i}]: {v.Viesti}" }));
            else tulokset.Add(omat.Tulos!);
        }
        if (virheet.Count > 0) throw new KoskiVirheet(virheet);

        // One SaveChanges, the one transaction: the learner, every study right, its version and audit entry go in one
        // batch, all or nothing. Nothing before it writes, so an explicit transaction around the reads would only add
        // round trips (EF's savepoint, its release and the commit) without protecting anything: a concurrent change is
        // caught by the versionumero token and the unique keys, inside this batch.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateConcurrencyException or YksiloivaAvainVarattu)
        {
            // A concurrent writer won (the row's versionumero token, or the unique key of a version or a learner):
            // a client that named the version it edited is told, as KOSKI tells it, that the version is not the latest.
            throw versiotAnnettu
                ? new KoskiVirheet("conflict.versionumero",
                    "Annettu versionumero ei ole enää viimeisin: opiskeluoikeutta on muutettu samanaikaisesti.")
                : new KoskiVirheet("conflict.samanaikainenPäivitys",
                    "Toinen käyttäjä on päivittänyt saman opiskeluoikeuden samanaikaisesti. Yritä uudelleen.");
        }
        return new TiedonsiirronVastaus(oppija.Oid, tulokset);
    }

    private async Task<(IReadOnlyList<KoskiVirhe> Virheet, TallennettuOpiskeluoikeus? Tulos)> TallennaYksiAsync(IKoskiDb db,
        Oidivaraus oidit, Kayttaja kayttaja, string oppijaOid, OpiskeluoikeusDokumentti dokumentti, OrganisaatioPuu puu, DateTimeOffset hetki,
        bool valmiitPoistettavissa, CancellationToken ct)
    {
        var saantovirheet = await validointi.ValidoiAsync(dokumentti.Json, ct);
        if (saantovirheet.Count > 0) return (saantovirheet.Select(v => new KoskiVirhe(v.Avain, $"{v.Polku}: {v.Viesti}")).ToList(), null);
        if (await Sisaltyvyys.VirheAsync(db, dokumentti, oppijaOid, ct) is { } sisaltyvyys) return ([sisaltyvyys], null);

        var oppilaitos = OppilaitosOid(dokumentti, puu);
        if (oppilaitos is null)
            return (Virhe("badRequest.validation.organisaatio.tuntematon", "Oppilaitosta ei löydy organisaatiopalvelusta."), null);
        if (Kirjoitusoikeus.Virhe(kayttaja, dokumentti, oppilaitos, puu) is { } oikeusvirhe)
            return (Virhe(oikeusvirhe, "Käyttäjällä ei ole kirjoitusoikeutta opiskeluoikeuden organisaatioon tai tyyppiin."), null);
        if (LahdejarjestelmanVirhe(kayttaja, dokumentti) is { } lahdevirhe) return (lahdevirhe, null);
        TaytaKoulutustoimija(dokumentti, oppilaitos, puu);

        var olemassa = await OlemassaOlevaAsync(db, kayttaja, oppijaOid, dokumentti, oppilaitos, puu, ct);
        if (olemassa.Virheet.Count > 0) return (olemassa.Virheet, null);

        var tallentaja = kayttaja.Tunnus;
        if (olemassa.Rivi is { } rivi)
        {
            // Invalidating with a PUT (a mitätöity jakso) asks the same question as the invalidate button and DELETE.
            if (dokumentti.Mitatoity && !rivi.Mitatoity && !Kirjoitusoikeus.MitatoiSiirrolla(kayttaja, rivi, puu))
                return (Virhe("forbidden", "Käyttäjällä ei ole oikeuksia mitätöidä opiskeluoikeutta."), null);
            // Read before the migration, which puts the stored document (and its versionumero) in an invalidating PUT.
            var annettuVersio = dokumentti.Versionumero;
            var vanha = JsonNode.Parse(rivi.Json)!.AsObject();
            var tanaan = DateOnly.FromDateTime(Domain.Suomenaika.Paikallinen(hetki));
            Opiskeluoikeusmuutos.Sovella(vanha, dokumentti.Json, tanaan, valmiitPoistettavissa);
            var muutosvirheet = Paivityssaannot.Validoi(vanha, dokumentti.Json, oid => puu.Hae(oid) is { } o && !o.OnLakkautettu(tanaan));
            if (muutosvirheet.Count > 0) return (muutosvirheet.Select(v => new KoskiVirhe(v.Avain, v.Viesti)).ToList(), null);
            if (annettuVersio is { } annettu && annettu != rivi.Versionumero)
                return (Virhe("conflict.versionumero",
                    $"Annettu versionumero {annettu} ei ole viimeisin ({rivi.Versionumero}): opiskeluoikeutta on muutettu sillä välin."), null);
            if (Duplikaatti(db, oppijaOid, dokumentti, rivi) is { } paivityksenDuplikaatti) return (paivityksenDuplikaatti, null);
            tallennus.LisaaMuutos(db, rivi, dokumentti, tallentaja, hetki);
            Auditoi(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_MUUTOS, rivi);
            return ([], Tulos(rivi, dokumentti));
        }
        if (Kirjoitusoikeus.LuontiVirhe(kayttaja, dokumentti, oppilaitos, puu) is { } luontivirhe)
            return (Virhe(luontivirhe, "Käyttäjällä ei ole riittäviä oikeuksia luoda opiskeluoikeutta."), null);
        // KOSKI's repository refuses to create a study right that is already invalidated.
        if (dokumentti.Mitatoity)
            return (Virhe("badRequest.validation.tila.uudenOpiskeluoikeudenTallennusMitäöitynäEiSallittu",
                "Uutta opiskeluoikeutta ei voi tallentaa suoraan mitätöitynä."), null);
        if (dokumentti.Versionumero is { } versio && versio != 1)
            return (Virhe("conflict.versionumero", $"Uudelle opiskeluoikeudelle annettu versionumero {versio}."), null);
        if (Duplikaatti(db, oppijaOid, dokumentti, null) is { } duplikaatti) return (duplikaatti, null);
        var uusi = await tallennus.LisaaUusiAsync(db, oidit, oppijaOid, dokumentti, tallentaja, hetki, ct);
        Auditoi(db, kayttaja, AuditOperaatio.OPISKELUOIKEUS_LISAYS, uusi);
        return ([], Tulos(uusi, dokumentti));
    }

    /// <summary>By oid (which must exist, be writable and be this learner's), else by source-system id in the oppilaitos.</summary>
    private static async Task<(IReadOnlyList<KoskiVirhe> Virheet, Opiskeluoikeus? Rivi)> OlemassaOlevaAsync(IKoskiDb db,
        Kayttaja kayttaja, string oppijaOid, OpiskeluoikeusDokumentti dokumentti, string oppilaitos, OrganisaatioPuu puu,
        CancellationToken ct)
    {
        if (dokumentti.Oid is { } oid)
        {
            var rivi = await db.Opiskeluoikeudet.FirstOrDefaultAsync(o => o.Oid == oid, ct);
            if (rivi is null || !Kirjoitusoikeus.KirjoittaaRivia(kayttaja, rivi, puu))
                return (Virhe("notFound.opiskeluoikeuttaEiLöydyTaiEiOikeuksia",
                    "Opiskeluoikeutta ei löydy annetulla oidilla tai käyttäjällä ei ole siihen oikeuksia."), null);
            if (rivi.OppijaOid != oppijaOid)
                return (Virhe("forbidden.oppijaOidinMuutos", "Opiskeluoikeus kuuluu toiselle oppijalle."), null);
            return ([], rivi);
        }
        if (dokumentti.LahdejarjestelmanId is { } id && dokumentti.Lahdejarjestelma is { } jarjestelma)
        {
            // Loaded beforehand (LataaLahdejarjestelmanRivitAsync) or added by an earlier study right of this document.
            var rivi = db.Opiskeluoikeudet.Local.FirstOrDefault(o => o.OppijaOid == oppijaOid && o.OppilaitosOid == oppilaitos
                && o.LahdejarjestelmanId == id && o.Lahdejarjestelma == jarjestelma && !o.Mitatoity);
            return ([], rivi);
        }
        return ([], null);
    }

    /// <summary>
    /// The learner's valid rows, in one query: matched in memory by source-system id (<see cref="OlemassaOlevaAsync"/>)
    /// and compared for duplicates (<see cref="Duplikaatti"/>), as nothing is saved before the end of the document.
    /// </summary>
    private static Task LataaOppijanRivitAsync(IKoskiDb db, string oppijaOid, CancellationToken ct) =>
        db.Opiskeluoikeudet.Where(o => o.OppijaOid == oppijaOid && !o.Mitatoity).LoadAsync(ct);

    /// <summary>
    /// KOSKI's DuplikaattiValidation against the learner's other valid study rights: those stored (loaded beforehand)
    /// and those of this document before this one, as KOSKI stores a document's study rights one after another. The other
    /// rules of KOSKI's KoskiGlobaaliValidator that read them (EB, lukio 2015, IB start, osaamismerkki) run here too.
    /// </summary>
    private IReadOnlyList<KoskiVirhe>? Duplikaatti(IKoskiDb db, string oppijaOid, OpiskeluoikeusDokumentti dokumentti,
        Opiskeluoikeus? itse)
    {
        var muut = db.Opiskeluoikeudet.Local.Where(o => o.OppijaOid == oppijaOid && !o.Mitatoity && o != itse)
            .Select(o => JsonNode.Parse(o.Json)!.AsObject()).ToList();
        if (Duplikaatit.Ristiriitainen(dokumentti.Json, muut) is { } toinen)
            return Virhe(Duplikaatit.Avain, $"Vastaava opiskeluoikeus on jo olemassa ({(string?)toinen["oid"]}).");
        // KOSKI's EB rule reads the learner's other study rights too: an ESH one with S7 (valmistunut for a valmistunut EB).
        if (!dokumentti.Mitatoity && Eshsaannot.EbIlmanEshS7(dokumentti.Json, muut) is { } eb) return Virhe(eb.Avain, eb.Viesti);
        // KOSKI's lukio 2015 start rule reads the learner's birth date (the learner is tracked already) and other study rights.
        if (!dokumentti.Mitatoity && Lukio2015alkamissaanto.LiianVanhaOpetussuunnitelma(dokumentti.Json,
                () => db.Oppijat.Local.FirstOrDefault(o => o.Oid == oppijaOid)?.Syntymaaika, muut) is { } lukio)
            return Virhe(lukio.Avain, lukio.Viesti);
        if (!dokumentti.Mitatoity && IbAlkamissaanto.Virheet(dokumentti.Json, muut, validointi.Rajapaivat) is [_, ..] ib)
            return ib.Select(v => new KoskiVirhe(v.Avain, $"{v.Polku}: {v.Viesti}")).ToList();
        return Vapaasivistystyosaannot.OnPaallekkainenOsaamismerkki(dokumentti.Json, muut)
            ? Virhe(Vapaasivistystyosaannot.PaallekkainenOsaamismerkkiAvain, Vapaasivistystyosaannot.PaallekkainenOsaamismerkkiViesti)
            : null;
    }

    /// <summary>KOSKI: a service account names its source system; an official entering by hand does not.</summary>
    private static IReadOnlyList<KoskiVirhe>? LahdejarjestelmanVirhe(Kayttaja kayttaja, OpiskeluoikeusDokumentti dokumentti)
    {
        var palvelukayttaja = kayttaja.Sisaltaa(Oikeus.TIEDONSIIRTO);
        if (palvelukayttaja && dokumentti.Lahdejarjestelma is null)
            return Virhe("forbidden.lähdejärjestelmäIdPuuttuu", "Palvelukäyttäjän siirtämältä opiskeluoikeudelta puuttuu lähdejärjestelmänId.");
        if (!palvelukayttaja && dokumentti.Json.ContainsKey("lähdejärjestelmänId"))
            return Virhe("forbidden.lähdejärjestelmäIdEiSallittu", "Lähdejärjestelmän tunnisteen voi antaa vain palvelukäyttäjä.");
        return null;
    }

    /// <summary>A service account must belong to exactly one organisation (its root).</summary>
    private static void TarkistaKayttaja(Kayttaja kayttaja)
    {
        if (kayttaja.Sisaltaa(Oikeus.TIEDONSIIRTO)
            && kayttaja.Roolit.Where(r => r.Ryhma.OnPalvelukayttaja).Select(r => r.OrganisaatioOid).Distinct().Count() != 1)
            throw new KoskiVirheet("forbidden.juuriorganisaatioPuuttuu",
                "Palvelukäyttäjällä ei ole yksiselitteistä juuriorganisaatiota.");
    }

    private static string? OppilaitosOid(OpiskeluoikeusDokumentti dokumentti, OrganisaatioPuu puu)
    {
        var oid = dokumentti.OppilaitosOid ?? (dokumentti.ToimipisteOidit is [var ensimmainen, ..] ? ensimmainen : null);
        return oid is not null && puu.Hae(oid) is not null ? oid : null;
    }

    /// <summary>The koulutustoimija comes from the organisation registry, as KOSKI fills it.</summary>
    private static void TaytaKoulutustoimija(OpiskeluoikeusDokumentti dokumentti, string oppilaitos, OrganisaatioPuu puu)
    {
        if (dokumentti.KoulutustoimijaOid is null && puu.Koulutustoimija(oppilaitos) is { } koulutustoimija)
            dokumentti.AsetaKoulutustoimija(koulutustoimija.Oid, koulutustoimija.NimiFi);
    }

    private void Auditoi(IKoskiDb db, Kayttaja kayttaja, AuditOperaatio operaatio, Opiskeluoikeus rivi) =>
        audit.Lisaa(db, kayttaja, operaatio,
            new AuditKohde(rivi.OppijaOid, rivi.Oid, rivi.Versionumero, rivi.OppilaitosOid));

    private static TallennettuOpiskeluoikeus Tulos(Opiskeluoikeus rivi, OpiskeluoikeusDokumentti dokumentti) =>
        new(rivi.Oid, rivi.Versionumero, dokumentti.Json["lähdejärjestelmänId"]?.DeepClone());

    private static IReadOnlyList<KoskiVirhe> Virhe(string avain, string viesti) => [new KoskiVirhe(avain, viesti)];

    private static (JsonObject Henkilo, IReadOnlyList<OpiskeluoikeusDokumentti> Dokumentit) Lue(JsonNode? siirto)
    {
        if (siirto is not JsonObject juuri)
            throw new KoskiVirheet("badRequest.format.json", "Tiedonsiirron pitää olla JSON-objekti {henkilö, opiskeluoikeudet}.");
        Tekstikentat.Tarkista(juuri);
        if (juuri["henkilö"] is not JsonObject henkilo)
            throw new KoskiVirheet("badRequest.validation.jsonSchema", "henkilö puuttuu tai ei ole objekti.");
        if (juuri["opiskeluoikeudet"] is not JsonArray taulukko)
            throw new KoskiVirheet("badRequest.validation.jsonSchema", "opiskeluoikeudet puuttuu tai ei ole lista.");
        if (taulukko.Count == 0)
            throw new KoskiVirheet("badRequest.validation.tyhjäOpiskeluoikeusLista", "Annettiin tyhjä lista opiskeluoikeuksia.");
        var dokumentit = new List<OpiskeluoikeusDokumentti>();
        foreach (var oo in taulukko)
        {
            if (oo is not JsonObject olio)
                throw new KoskiVirheet("badRequest.validation.jsonSchema", "Opiskeluoikeuden pitää olla objekti.");
            var dokumentti = new OpiskeluoikeusDokumentti(olio);
            if (dokumentti.Tyyppi is null)
                throw new KoskiVirheet("badRequest.validation.jsonSchema", "Opiskeluoikeudelta puuttuu tyyppi.");
            dokumentit.Add(dokumentti);
        }
        return (henkilo, dokumentit);
    }
}
