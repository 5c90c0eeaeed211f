using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Auditointi;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>Entering study rights by hand (issue 5): roles, versions, invalidation and audit, on SQLite.</summary>
public sealed class OpiskeluoikeusSyottoTests
{
    private const string Perusopetus = "perusopetuksenoppimaara-paattotodistus_2025-03-20.json";
    private const string Esiopetus = "esiopetusvalmis_2022-09-26.json";
    private const string TpoHankinta = "taiteenperusopetus-hyvaksytystisuoritettuhankintakoulutus_2023-06-27.json";
    private const string UusiHetu = "010110A9987";

    private static readonly Application.Kayttajat.Kayttaja Tallentaja = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu);

    [Fact]
    public async Task Tallentaja_lisaa_uudelle_oppijalle_opiskeluoikeuden_ja_lisays_auditoidaan()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var henkilo = new JsonObject { ["hetu"] = UusiHetu, ["etunimet"] = "Uuno Ilmari", ["sukunimi"] = "Uusinen" };

        var tulos = await kanta.Syotto.LuoAsync(Tallentaja, henkilo, Opiskeluoikeus(Perusopetus));

        Assert.Equal(1, tulos.Versionumero);
        await using var db = kanta.Tietokanta.CreateDbContext();
        var oppija = await db.Oppijat.SingleAsync(o => o.Oid == tulos.OppijaOid);
        Assert.Equal((UusiHetu, "Uusinen"), (oppija.Hetu, oppija.Sukunimi));
        var rivi = await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == tulos.OpiskeluoikeusOid);
        Assert.Null(rivi.LahdejarjestelmanId);
        var merkinta = await db.AuditLoki.SingleAsync(a => a.OpiskeluoikeusOid == tulos.OpiskeluoikeusOid);
        Assert.Equal((nameof(AuditOperaatio.OPISKELUOIKEUS_LISAYS), tulos.OppijaOid, (int?)1),
            (merkinta.Operaatio, merkinta.OppijaOid, merkinta.Versionumero));
    }

    [Fact]
    public async Task Saman_opiskeluoikeuden_lisaaminen_toiseen_kertaan_on_KOSKIn_duplikaatti_eika_vanha_versio()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var henkilo = new JsonObject { ["hetu"] = UusiHetu, ["etunimet"] = "Uuno", ["sukunimi"] = "Uusinen" };
        await kanta.Syotto.LuoAsync(Tallentaja, henkilo, Opiskeluoikeus(Perusopetus));

        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.LuoAsync(Tallentaja, henkilo, Opiskeluoikeus(Perusopetus)));

        Assert.Equal("conflict.exists", Assert.Single(virhe.Virheet).Avain);
        Assert.NotEqual(OpiskeluoikeusSyotto.Ristiriitaviesti, virhe.Virheet[0].Viesti);
    }

    [Fact]
    public async Task Virheellinen_hetu_hylataan_eika_mitaan_tallennu()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var henkilo = new JsonObject { ["hetu"] = "010110A998X", ["etunimet"] = "Uuno", ["sukunimi"] = "Uusinen" };

        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.LuoAsync(Tallentaja, henkilo, Opiskeluoikeus(Perusopetus)));

        Assert.Equal("badRequest.validation.henkilötiedot.hetu", Assert.Single(virhe.Virheet).Avain);
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.False(await db.Oppijat.AnyAsync());
        Assert.False(await db.Opiskeluoikeudet.AnyAsync());
    }

    [Fact]
    public async Task Esiopetuksen_tallentaja_lisaa_vain_esiopetusta()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var esiopetuksen = Virkailijana(Kayttooikeusryhma.KoskiTallentajaEsiopetus, Normaalikoulu);

        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.LuoAsync(esiopetuksen, Henkilo(Perusopetus), Opiskeluoikeus(Perusopetus)));
        Assert.Equal(403, virhe.HttpTila);
        var tulos = await kanta.Syotto.LuoAsync(esiopetuksen, Henkilo(Esiopetus), Opiskeluoikeus(Esiopetus));

        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(["esiopetus"], await db.Opiskeluoikeudet.Select(o => o.Tyyppi).ToListAsync());
        Assert.Equal(tulos.OpiskeluoikeusOid, (await db.Opiskeluoikeudet.SingleAsync()).Oid);
    }

    [Fact]
    public async Task Toisen_oppilaitoksen_tallentaja_ei_lisaa()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var helsinki = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, HelsinginKaupunki);

        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.LuoAsync(helsinki, Henkilo(Perusopetus), Opiskeluoikeus(Perusopetus)));

        Assert.Equal("forbidden.organisaatio", Assert.Single(virhe.Virheet).Avain);
    }

    [Fact]
    public async Task Muokkaus_tallentaa_uuden_version_ja_vanhalla_versiolla_tuleva_muokkaus_on_ristiriita()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var luotu = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Perusopetus), Opiskeluoikeus(Perusopetus));
        var lomake = await LadattuAsync(kanta, luotu.OpiskeluoikeusOid);
        var toinenLomake = lomake.DeepClone().AsObject();

        var muokattu = await kanta.Syotto.MuokkaaAsync(Tallentaja, luotu.OpiskeluoikeusOid, lomake);
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.MuokkaaAsync(Tallentaja, luotu.OpiskeluoikeusOid, toinenLomake));

        Assert.Equal(2, muokattu.Versionumero);
        Assert.Equal(409, virhe.HttpTila);
        Assert.StartsWith("Opiskeluoikeutta on muutettu sillä välin", Assert.Single(virhe.Virheet).Viesti);
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(2, await db.OpiskeluoikeusVersiot.CountAsync(v => v.OpiskeluoikeusOid == luotu.OpiskeluoikeusOid));
        Assert.Equal([nameof(AuditOperaatio.OPISKELUOIKEUS_LISAYS), nameof(AuditOperaatio.OPISKELUOIKEUS_MUUTOS)],
            await db.AuditLoki.Where(a => a.OpiskeluoikeusOid == luotu.OpiskeluoikeusOid).OrderBy(a => a.Id).Select(a => a.Operaatio).ToListAsync());
    }

    [Fact]
    public async Task Jaksojen_vaara_jarjestys_palautuu_kentan_sijainnin_kanssa_eika_mitaan_tallennu()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var oo = Opiskeluoikeus(Perusopetus);
        oo["tila"]!["opiskeluoikeusjaksot"]![1]!["alku"] = "2008-08-14";

        var virhe = await Assert.ThrowsAsync<Validointivirheet>(() => kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Perusopetus), oo));

        Assert.Contains(virhe.Virheet, v => v.Polku.StartsWith("tila.opiskeluoikeusjaksot[", StringComparison.Ordinal));
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.False(await db.Opiskeluoikeudet.AnyAsync());
    }

    [Fact]
    public async Task Mitatointi_lisaa_mitatoidyn_jakson_uutena_versiona()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var luotu = await kanta.Syotto.LuoAsync(Tallentaja, Henkilo(Perusopetus), Opiskeluoikeus(Perusopetus));

        var tulos = await kanta.Syotto.MitatoiAsync(Tallentaja, luotu.OpiskeluoikeusOid, 1);

        Assert.Equal(2, tulos.Versionumero);
        await using var db = kanta.Tietokanta.CreateDbContext();
        var rivi = await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == luotu.OpiskeluoikeusOid);
        Assert.True(rivi.Mitatoity);
        var jaksot = OpiskeluoikeusDokumentti.Lue(rivi.Json).Jaksot;
        Assert.Equal((3, Tilat.Mitatoity), (jaksot.Count, jaksot[^1].Tila));
        Assert.Equal(nameof(AuditOperaatio.OPISKELUOIKEUS_MUUTOS),
            (await db.AuditLoki.Where(a => a.OpiskeluoikeusOid == luotu.OpiskeluoikeusOid && a.Versionumero == 2).SingleAsync()).Operaatio);
        // KOSKI: an invalidated study right is not found for editing (no key of its own).
        var muokkaus = await Assert.ThrowsAsync<KoskiVirheet>(() =>
            kanta.Syotto.MuokkaaAsync(Tallentaja, luotu.OpiskeluoikeusOid, Opiskeluoikeus(Perusopetus, 2)));
        Assert.Equal("notFound.opiskeluoikeuttaEiLöydyTaiEiOikeuksia", Assert.Single(muokkaus.Virheet).Avain);
    }

    [Fact]
    public async Task Lahdejarjestelmasta_tullutta_ei_muokata_eika_tallentaja_mitatoi_mutta_paakayttaja_mitatoi()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var siirretty = await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Normaalikoulu), Esimerkki(Perusopetus));
        var oid = siirretty.Opiskeluoikeudet[0].Oid;

        var muokkaus = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.MuokkaaAsync(Tallentaja, oid, Opiskeluoikeus(Perusopetus, 1)));
        var mitatointi = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.MitatoiAsync(Tallentaja, oid, 1));
        await kanta.Syotto.MitatoiAsync(Virkailijana(Kayttooikeusryhma.KoskiPaakayttaja, Normaalikoulu), oid, 1);

        Assert.Equal("forbidden.lähdejärjestelmäIdEiSallittu", Assert.Single(muokkaus.Virheet).Avain);
        Assert.Equal(404, mitatointi.HttpTila);
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.True((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid)).Mitatoity);
    }

    [Fact]
    public async Task Ostaja_lisaa_TPO_hankintakoulutuksen_ja_TPO_hankinnan_tallentaja_vain_muokkaa()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var ostaja = Virkailijana(Kayttooikeusryhma.KoskiTallentaja, HelsinginKaupunki);
        var tpo = Virkailijana(Kayttooikeusryhma.KoskiTallentajaTpoHankinta, VarsinaisSuomenKansanopisto);

        var luontiTpona = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.LuoAsync(tpo, Henkilo(TpoHankinta), Opiskeluoikeus(TpoHankinta)));
        var luotu = await kanta.Syotto.LuoAsync(ostaja, Henkilo(TpoHankinta), Opiskeluoikeus(TpoHankinta));
        var muokattu = await kanta.Syotto.MuokkaaAsync(tpo, luotu.OpiskeluoikeusOid, await LadattuAsync(kanta, luotu.OpiskeluoikeusOid));
        var mitatointiTpona = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.MitatoiAsync(tpo, luotu.OpiskeluoikeusOid, 2));

        Assert.Equal(403, luontiTpona.HttpTila);
        Assert.Equal(2, muokattu.Versionumero);
        Assert.Equal(404, mitatointiTpona.HttpTila);
        Assert.Equal(3, (await kanta.Syotto.MitatoiAsync(ostaja, luotu.OpiskeluoikeusOid, 2)).Versionumero);
    }

    [Fact]
    public async Task TPO_hankinnan_tallentaja_ei_muokkaa_itse_jarjestettya_taiteen_perusopetusta()
    {
        await using var kanta = await LuoAsync("Sqlite");
        var oo = Opiskeluoikeus(TpoHankinta);
        oo["koulutuksenToteutustapa"]!["koodiarvo"] = "itsejarjestettykoulutus";
        oo.Remove("koulutustoimija");
        var luotu = await kanta.Syotto.LuoAsync(Virkailijana(Kayttooikeusryhma.KoskiTallentaja, VarsinaisSuomenKansanopisto), Henkilo(TpoHankinta), oo);
        var tpo = Virkailijana(Kayttooikeusryhma.KoskiTallentajaTpoHankinta, VarsinaisSuomenKansanopisto);

        var lomake = await LadattuAsync(kanta, luotu.OpiskeluoikeusOid);
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => kanta.Syotto.MuokkaaAsync(tpo, luotu.OpiskeluoikeusOid, lomake));

        Assert.Equal(404, virhe.HttpTila);
        Assert.Null(await kanta.Syotto.MuokattavaAsync(tpo, luotu.OpiskeluoikeusOid));
    }

    private static JsonObject Henkilo(string tiedosto) => Esimerkki(tiedosto, null)["henkilö"]!.AsObject();

    private static JsonObject Opiskeluoikeus(string tiedosto, int? versionumero = null)
    {
        var oo = Esimerkki(tiedosto, null)["opiskeluoikeudet"]![0]!.AsObject();
        if (versionumero is { } v) oo["versionumero"] = v;
        return oo;
    }

    /// <summary>What the edit form starts from: the stored document with its versionumero.</summary>
    private static async Task<JsonObject> LadattuAsync(Tiedonsiirto.TiedonsiirtoKanta kanta, string oid)
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        return JsonNode.Parse((await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oid)).Json)!.AsObject();
    }
}
