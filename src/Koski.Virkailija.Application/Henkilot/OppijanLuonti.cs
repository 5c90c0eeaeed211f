using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Henkilot;

/// <summary>What an official types for a learner without hetu.</summary>
public sealed record UusiOppija(string? Etunimet, string? Kutsumanimi, string? Sukunimi, DateOnly? Syntymaaika,
    string? Sukupuoli, string? Kansalaisuus, string? Aidinkieli, string? OrganisaatioOid);

/// <summary>A field the form must fix (<see cref="Kentta"/> is the <see cref="UusiOppija"/> property's name).</summary>
public sealed record Kenttavirhe(string Kentta, string Viesti);

/// <summary>The new learner's oppijanumero, or what is wrong with the form.</summary>
public sealed record OppijanLuonninTulos(string? Oid, IReadOnlyList<Kenttavirhe> Virheet);

/// <summary>A code for the form's lists, named in the UI language.</summary>
public sealed record Koodivalinta(string Koodiarvo, string Nimi);

/// <summary>
/// "Uusi oppija ilman henkilötunnusta": a pääkäyttäjä or tallentaja creates a yksilöimätön learner with a new
/// oppijanumero, recorded as created by one of the organisations their role reaches (which then sees the learner
/// until the first study right). Audited as OPPIJA_LUONTI.
/// </summary>
public sealed class OppijanLuonti(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, Koodistot.Koodistot koodistot,
    AuditLoki audit, TimeProvider aika)
{
    /// <summary>The organisations the user may create a learner for: oppilaitokset (and the roles' own organisations) reached by a creating role.</summary>
    public async Task<IReadOnlyList<Organisaatio>> OrganisaatiotAsync(Kayttaja kayttaja, CancellationToken ct = default)
    {
        if (!kayttaja.VoiLuoda()) return [];
        var puu = await organisaatiot.PuuAsync(ct);
        var omat = kayttaja.Roolit.Where(r => Henkilooikeudet.Luo(r.Ryhma)).Select(r => r.OrganisaatioOid).ToHashSet(StringComparer.Ordinal);
        return kayttaja.Organisaatiot(Henkilooikeudet.Luo, puu).Select(puu.Hae).OfType<Organisaatio>()
            .Where(o => omat.Contains(o.Oid) || o.OnTyyppia(OrganisaatioTyyppi.Oppilaitos))
            .OrderBy(o => o.NimiFi, StringComparer.Create(new System.Globalization.CultureInfo("fi-FI"), false)).ToList();
    }

    /// <summary>The codes of kansalaisuus (maatjavaltiot2) or äidinkieli (kieli), by name in the UI language.</summary>
    public async Task<IReadOnlyList<Koodivalinta>> KooditAsync(string koodistoUri, CancellationToken ct = default) =>
        (await koodistot.KoodistoAsync(koodistoUri, ct)).Values
            .Select(k => new Koodivalinta(k.Koodiarvo, Tekstit.Ruotsiksi ? k.NimiSv ?? k.Nimi : k.Nimi))
            .OrderBy(k => k.Nimi, StringComparer.CurrentCulture).ToList();

    public async Task<OppijanLuonninTulos> LuoAsync(Kayttaja kayttaja, UusiOppija uusi, CancellationToken ct = default)
    {
        if (!kayttaja.VoiLuoda()) throw new UnauthorizedAccessException("Ei oikeutta luoda oppijaa");
        var virheet = await TarkistaAsync(kayttaja, uusi, ct);
        if (virheet.Count > 0) return new(null, virheet);

        await using var db = await tietokanta.AvaaAsync(ct);
        var oppija = new Oppija
        {
            Oid = await new Oidivaraus(db, 0).HenkiloAsync(ct),
            Etunimet = uusi.Etunimet!.Trim(),
            Kutsumanimi = string.IsNullOrWhiteSpace(uusi.Kutsumanimi) ? null : uusi.Kutsumanimi.Trim(),
            Sukunimi = uusi.Sukunimi!.Trim(),
            Syntymaaika = uusi.Syntymaaika,
            Sukupuoli = Tyhjaksi(uusi.Sukupuoli),
            Kansalaisuus = Tyhjaksi(uusi.Kansalaisuus),
            Aidinkieli = Tyhjaksi(uusi.Aidinkieli),
            Yksiloimaton = true,
            LuojaOrganisaatioOid = uusi.OrganisaatioOid,
        };
        oppija.PaivitaHakunimi();
        db.Oppijat.Add(oppija);
        audit.Lisaa(db, kayttaja, AuditOperaatio.OPPIJA_LUONTI, new AuditKohde(oppija.Oid, OrganisaatioOid: uusi.OrganisaatioOid));
        await db.SaveChangesAsync(ct);
        return new(oppija.Oid, []);
    }

    private async Task<List<Kenttavirhe>> TarkistaAsync(Kayttaja kayttaja, UusiOppija uusi, CancellationToken ct)
    {
        var virheet = new List<Kenttavirhe>();
        void Virhe(string kentta, string avain) => virheet.Add(new(kentta, Tekstit.Hae(avain)));
        if (string.IsNullOrWhiteSpace(uusi.Etunimet)) Virhe(nameof(UusiOppija.Etunimet), "Henkilot.EtunimetPuuttuu");
        if (string.IsNullOrWhiteSpace(uusi.Sukunimi)) Virhe(nameof(UusiOppija.Sukunimi), "Henkilot.SukunimiPuuttuu");
        if (!string.IsNullOrWhiteSpace(uusi.Kutsumanimi) && !string.IsNullOrWhiteSpace(uusi.Etunimet)
            && !uusi.Etunimet.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Contains(uusi.Kutsumanimi.Trim(), StringComparer.OrdinalIgnoreCase))
            Virhe(nameof(UusiOppija.Kutsumanimi), "Henkilot.KutsumanimiEiEtunimi");
        if (uusi.Syntymaaika is not { } syntynyt) Virhe(nameof(UusiOppija.Syntymaaika), "Henkilot.SyntymaaikaPuuttuu");
        else if (syntynyt > DateOnly.FromDateTime(aika.GetUtcNow().UtcDateTime) || syntynyt.Year < 1900)
            Virhe(nameof(UusiOppija.Syntymaaika), "Henkilot.SyntymaaikaVirheellinen");
        if (Tyhjaksi(uusi.Sukupuoli) is { } sukupuoli && !Henkilokoodit.Sukupuolet.Contains(sukupuoli))
            Virhe(nameof(UusiOppija.Sukupuoli), "Henkilot.KoodiTuntematon");
        if (Tyhjaksi(uusi.Kansalaisuus) is { } maa && !(await koodistot.KoodistoAsync(Henkilokoodit.KansalaisuusKoodisto, ct)).ContainsKey(maa))
            Virhe(nameof(UusiOppija.Kansalaisuus), "Henkilot.KoodiTuntematon");
        if (Tyhjaksi(uusi.Aidinkieli) is { } kieli && !(await koodistot.KoodistoAsync(Henkilokoodit.KieliKoodisto, ct)).ContainsKey(kieli))
            Virhe(nameof(UusiOppija.Aidinkieli), "Henkilot.KoodiTuntematon");
        if (uusi.OrganisaatioOid is null) Virhe(nameof(UusiOppija.OrganisaatioOid), "Henkilot.OrganisaatioPuuttuu");
        else if (!kayttaja.Organisaatiot(Henkilooikeudet.Luo, await organisaatiot.PuuAsync(ct)).Contains(uusi.OrganisaatioOid))
            Virhe(nameof(UusiOppija.OrganisaatioOid), "Henkilot.OrganisaatioEiSallittu");
        return virheet;
    }

    private static string? Tyhjaksi(string? arvo) => string.IsNullOrWhiteSpace(arvo) ? null : arvo.Trim();
}
