using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Application.Kayttooikeudet;

public sealed record PalvelukayttajaRivi(long Id, int Versio, string Tunnus, string OrganisaatioOid, string Organisaatio, bool Aktiivinen,
    bool VainLuku = false, bool OppijoidenTuonti = false);

/// <summary>The outcome of creating an account or changing its secret: the secret is returned once and never stored.</summary>
public sealed record SalaisuudenTulos(string? Virhe, string? Salasana = null)
{
    public static implicit operator SalaisuudenTulos(string virhe) => new(virhe);
}

/// <summary>
/// Service accounts ("Palvelukäyttäjät"): a system account of exactly one organisation with the KOSKI-palvelukäyttäjä
/// role, managed by those who may grant that role there (vastuukäyttäjä, OPH). Secrets come from a CSPRNG and are
/// stored only as salted hashes.
/// </summary>
public sealed partial class Palvelukayttajat(IKoskiDbFactory tietokanta, OrganisaatioHakemisto organisaatiot, TimeProvider aika,
    ISalasanaTiivistaja tiivistaja, AuditLoki audit, ILogger<Palvelukayttajat> loki)
{
    private static readonly Kayttooikeusryhma Ryhma = Kayttooikeusryhma.KoskiPalvelukayttaja;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{2,63}$")]
    private static partial Regex TunnusMuoto();

    public async Task<IReadOnlyList<PalvelukayttajaRivi>> ListaaAsync(Kayttaja tekija, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var alue = Alue(tekija, puu);
        await using var db = await tietokanta.AvaaAsync(ct);
        return (await db.Palvelukayttajat.AsNoTracking().Where(p => alue.Contains(p.OrganisaatioOid)).OrderBy(p => p.Tunnus).ToListAsync(ct))
            .Select(p => Rivi(p, puu)).ToList();
    }

    /// <summary>
    /// The active writing accounts of the organisations where the user may grant "Oppijan tuonti" (a pääkäyttäjä's
    /// own tree, OPH everywhere): those <see cref="AsetaOppijoidenTuontiAsync"/> lets the user switch. A read-only
    /// account never imports, so it is not offered.
    /// </summary>
    public async Task<IReadOnlyList<PalvelukayttajaRivi>> TuonninPalvelukayttajatAsync(Kayttaja tekija, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var alue = KayttooikeusSaannot.Myontaa(tekija, Kayttooikeusryhma.OppijanTuonti, puu);
        if (alue.Count == 0) return [];
        await using var db = await tietokanta.AvaaAsync(ct);
        return (await db.Palvelukayttajat.AsNoTracking()
                .Where(p => p.Aktiivinen && !p.VainLuku && alue.Contains(p.OrganisaatioOid)).OrderBy(p => p.Tunnus).ToListAsync(ct))
            .Select(p => Rivi(p, puu)).ToList();
    }

    private static PalvelukayttajaRivi Rivi(Palvelukayttaja p, OrganisaatioPuu puu) =>
        new(p.Id, p.Versio, p.Tunnus, p.OrganisaatioOid, KayttooikeusHallinta.Nimi(puu, p.OrganisaatioOid), p.Aktiivinen, p.VainLuku,
            p.OppijoidenTuonti);

    /// <summary>Whether the user may manage service accounts anywhere (vastuukäyttäjä, OPH).</summary>
    public static bool SaaHallita(Kayttaja tekija) => KayttooikeusSaannot.MyonnettavatRyhmat(tekija).Contains(Ryhma);

    /// <summary>Organisations where the user may create an account: in scope, open, koulutustoimija/oppilaitos/vk-toimipaikka.</summary>
    public async Task<IReadOnlyList<OrganisaatioValinta>> OrganisaatiotAsync(Kayttaja tekija, CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        var tanaan = aika.Tanaan();
        return Alue(tekija, puu).Select(puu.Hae).OfType<Organisaatio>()
            .Where(o => KayttooikeusSaannot.Virhe(tekija, Toimenpide.LuoPalvelukayttaja, null, Ryhma, o, puu, tanaan) is null)
            .Valinnat();
    }

    /// <summary>
    /// Creates an account; <paramref name="vainLuku"/> makes it read-only (<see cref="Kayttooikeusryhma.KoskiPalvelukayttajaLuku"/>),
    /// which whoever may create an ordinary account may also create.
    /// </summary>
    public async Task<SalaisuudenTulos> LuoAsync(Kayttaja tekija, string? tunnus, string organisaatioOid, bool vainLuku = false,
        CancellationToken ct = default)
    {
        tunnus = tunnus?.Trim().ToLowerInvariant();
        if (tunnus is null || !TunnusMuoto().IsMatch(tunnus))
            return Tekstit.Hae("Palvelukayttaja.TunnuksenMuoto");
        var puu = await organisaatiot.PuuAsync(ct);
        if (KayttooikeusSaannot.Virhe(tekija, Toimenpide.LuoPalvelukayttaja, null, Ryhma, puu.Hae(organisaatioOid), puu, aika.Tanaan()) is { } virhe)
            return virhe;
        await using var db = await tietokanta.AvaaAsync(ct);
        if (await db.Palvelukayttajat.AnyAsync(p => p.Tunnus == tunnus, ct)) return Tekstit.Hae("Palvelukayttaja.TunnusKaytossa");
        var salasana = UusiSalasana();
        var kayttaja = new Palvelukayttaja { Tunnus = tunnus, SalasanaHash = "", OrganisaatioOid = organisaatioOid, VainLuku = vainLuku };
        kayttaja.SalasanaHash = tiivistaja.Tiivista(kayttaja, salasana);
        db.Palvelukayttajat.Add(kayttaja);
        Kirjaa(db, tekija, "luonti", kayttaja);
        var tulos = await Muutokset.TallennaAsync(() => db.SaveChangesAsync(ct));
        return tulos.Onnistui ? new SalaisuudenTulos(null, salasana) : Tekstit.Hae("Palvelukayttaja.TunnusKaytossa");
    }

    public Task<SalaisuudenTulos> VaihdaSalasanaAsync(Kayttaja tekija, long id, int versio, CancellationToken ct = default) =>
        MuutaAsync(tekija, id, versio, Toimenpide.VaihdaSalasana, "salasanan vaihto", ct, p =>
        {
            var salasana = UusiSalasana();
            p.SalasanaHash = tiivistaja.Tiivista(p, salasana);
            return salasana;
        });

    public async Task<MuutoksenTulos> PoistaKaytostaAsync(Kayttaja tekija, long id, int versio, CancellationToken ct = default) =>
        new((await MuutaAsync(tekija, id, versio, Toimenpide.PoistaKaytosta, "käytöstä poisto", ct, p =>
        {
            p.Aktiivinen = false;
            return null;
        })).Virhe);

    /// <summary>
    /// Gives the account "Oppijan tuonti" (or takes it away): whoever may grant that group at the account's organisation
    /// (its pääkäyttäjä, OPH) may, as for an official.
    /// </summary>
    public async Task<MuutoksenTulos> AsetaOppijoidenTuontiAsync(Kayttaja tekija, long id, int versio, bool sallittu,
        CancellationToken ct = default)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var kayttaja = await db.Palvelukayttajat.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (kayttaja is null) return new(Tekstit.Hae("Palvelukayttaja.EiLoydy"));
        if (KayttooikeusSaannot.Virhe(tekija, sallittu ? Toimenpide.Myonna : Toimenpide.Sulje, null, Kayttooikeusryhma.OppijanTuonti,
                puu.Hae(kayttaja.OrganisaatioOid), puu, aika.Tanaan()) is { } virhe)
            return new(virhe);
        if (kayttaja.Versio != versio) return MuutoksenTulos.Ristiriita;
        kayttaja.OppijoidenTuonti = sallittu;
        kayttaja.Versio++;
        audit.Lisaa(db, tekija, AuditOperaatio.PALVELUKAYTTAJA_MUUTOS, new AuditKohde(OrganisaatioOid: kayttaja.OrganisaatioOid,
            Tiedot: new { toimenpide = "oppijoiden tuonti", tunnus = kayttaja.Tunnus, oppijoidenTuonti = sallittu }));
        var tulos = await Muutokset.TallennaAsync(() => db.SaveChangesAsync(ct));
        return tulos.Onnistui ? MuutoksenTulos.Ok : tulos;
    }

#pragma warning disable CA1068 // the change, a lambda, reads best as the last argument
    private async Task<SalaisuudenTulos> MuutaAsync(Kayttaja tekija, long id, int versio, Toimenpide toimenpide, string nimi,
        CancellationToken ct, Func<Palvelukayttaja, string?> muutos)
#pragma warning restore CA1068
    {
        var puu = await organisaatiot.PuuAsync(ct);
        await using var db = await tietokanta.AvaaAsync(ct);
        var kayttaja = await db.Palvelukayttajat.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (kayttaja is null) return Tekstit.Hae("Palvelukayttaja.EiLoydy");
        if (KayttooikeusSaannot.Virhe(tekija, toimenpide, null, Ryhma, puu.Hae(kayttaja.OrganisaatioOid), puu, aika.Tanaan()) is { } virhe)
            return virhe;
        if (kayttaja.Versio != versio) return MuutoksenTulos.Ristiriita.Virhe!;
        if (!kayttaja.Aktiivinen) return Tekstit.Hae("Palvelukayttaja.PoistettuKaytosta");
        var salasana = muutos(kayttaja);
        kayttaja.Versio++;
        Kirjaa(db, tekija, nimi, kayttaja);
        var tulos = await Muutokset.TallennaAsync(() => db.SaveChangesAsync(ct));
        return tulos.Onnistui ? new SalaisuudenTulos(null, salasana) : tulos.Virhe!;
    }

    /// <summary>
    /// The acting user of a service account's request (the KOSKI-palvelukäyttäjä role in its organisation), or null when
    /// the account is unknown, disabled, in a closed organisation, or the secret does not match.
    /// </summary>
    public async Task<Kayttaja?> TunnistaAsync(string tunnus, string salasana, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var kayttaja = await db.Palvelukayttajat.FirstOrDefaultAsync(p => p.Tunnus == tunnus && p.Aktiivinen, ct);
        // An unknown name costs a hash check too, so timing does not tell which accounts exist.
        var tarkistettava = kayttaja ?? new Palvelukayttaja { Tunnus = tunnus, SalasanaHash = TyhjaTiiviste, OrganisaatioOid = "" };
        var oikein = tiivistaja.Tarkista(tarkistettava, salasana, out var uusiTiiviste);
        if (kayttaja is null || !oikein)
        {
            loki.LogWarning("Palvelukäyttäjän {Tunnus} tunnistus epäonnistui", tunnus);
            return null;
        }
        var tulos = await KayttajaksiAsync(kayttaja, ct);
        if (tulos is not null && uusiTiiviste is not null)
        {
            kayttaja.SalasanaHash = uusiTiiviste;
            await db.SaveChangesAsync(ct);
        }
        return tulos;
    }

    /// <summary>
    /// An active account as the acting user without its secret, for work it queued earlier (a bulk handover runs
    /// later, as the account is then): null when it has been disabled or its organisation closed since.
    /// </summary>
    public async Task<Kayttaja?> HaeAsync(string tunnus, CancellationToken ct = default)
    {
        await using var db = await tietokanta.AvaaAsync(ct);
        var kayttaja = await db.Palvelukayttajat.AsNoTracking().FirstOrDefaultAsync(p => p.Tunnus == tunnus && p.Aktiivinen, ct);
        return kayttaja is null ? null : await KayttajaksiAsync(kayttaja, ct);
    }

    private async Task<Kayttaja?> KayttajaksiAsync(Palvelukayttaja kayttaja, CancellationToken ct)
    {
        var puu = await organisaatiot.PuuAsync(ct);
        if (puu.Hae(kayttaja.OrganisaatioOid) is not { } organisaatio || organisaatio.OnLakkautettu(aika.Tanaan())) return null;
        List<Rooli> roolit = [new Rooli(RyhmaTilille(kayttaja), organisaatio.Oid, organisaatio.NimiFi)];
        // A read-only account writes nothing, so it never sends learner batches either.
        if (kayttaja.OppijoidenTuonti && !kayttaja.VainLuku)
            roolit.Add(new Rooli(Kayttooikeusryhma.OppijanTuonti, organisaatio.Oid, organisaatio.NimiFi));
        return new Kayttaja(null, kayttaja.Tunnus, kayttaja.Tunnus, roolit);
    }

    private string TyhjaTiiviste => tyhjaTiiviste ??= tiivistaja.Tiivista(new() { Tunnus = "", SalasanaHash = "", OrganisaatioOid = "" },
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)));
    private static string? tyhjaTiiviste;

    /// <summary>256 bits from the operating system's CSPRNG, URL-safe base64 (43 characters).</summary>
    public static string UusiSalasana() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The role an account acts with: the read-only one for a read-only account.</summary>
    public static Kayttooikeusryhma RyhmaTilille(Palvelukayttaja kayttaja) =>
        kayttaja.VainLuku ? Kayttooikeusryhma.KoskiPalvelukayttajaLuku : Ryhma;

    private static IReadOnlySet<string> Alue(Kayttaja tekija, OrganisaatioPuu puu) => KayttooikeusSaannot.Myontaa(tekija, Ryhma, puu);

    private void Kirjaa(IKoskiDb db, Kayttaja tekija, string toimenpide, Palvelukayttaja p) =>
        audit.Lisaa(db, tekija, AuditOperaatio.PALVELUKAYTTAJA_MUUTOS, new AuditKohde(OrganisaatioOid: p.OrganisaatioOid,
            Tiedot: new { toimenpide, tunnus = p.Tunnus, aktiivinen = p.Aktiivinen, vainLuku = p.VainLuku }));
}
