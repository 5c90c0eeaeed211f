using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Henkilot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Oppijat;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Henkilot.HenkiloKanta;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Henkilot;

/// <summary>
/// Learners without hetu: who may create, identify, link and undo (per role and organisation), and that yksilöinti and
/// linkitys keep every study right reachable under the master oid, on the page, in search and in the API, with audit rows.
/// </summary>
public sealed class HenkilotTests
{
    private const string KallionLukio = "1.2.246.562.10.69408568777";
    private const string Ok = "ok";
    private const string EiOikeutta = "ei oikeutta";
    private const string Organisaatio = "organisaatio";
    private const string EiLoydy = "ei löydy";
    /// <summary>The hetu of the example perusopetuksenlisaopetus_2022-08-15.json.</summary>
    private static string LisaopetuksenHetu => JsonNode.Parse(File.ReadAllText(Path.Combine(Testaus.Jaettu.Esimerkit,
        "perusopetuksenlisaopetus_2022-08-15.json")))!["henkilö"]!["hetu"]!.GetValue<string>();

    /// <summary>role, its organisation, the creating organisation asked for → outcome.</summary>
    public static TheoryData<string, string, string, string> Luonti => new()
    {
        { "koski-paakayttaja", JyvaskylanYliopisto, Normaalikoulu, Ok },
        { "koski-tallentaja", Normaalikoulu, Normaalikoulu, Ok },
        { "koski-tallentaja-esiopetus", Normaalikoulu, Normaalikoulu, Ok },
        { "oph-paakayttaja", Juuri, KallionLukio, Ok },
        { "koski-paakayttaja", JyvaskylanYliopisto, KallionLukio, Organisaatio },
        { "koski-tallentaja", HelsinginKaupunki, Normaalikoulu, Organisaatio },
        { "koski-katselija", Normaalikoulu, Normaalikoulu, EiOikeutta },
        { "koski-tallentaja-tpo-hankinta", VarsinaisSuomenKansanopisto, VarsinaisSuomenKansanopisto, EiOikeutta },
        { "opintopolun-vastuukayttaja", JyvaskylanYliopisto, Normaalikoulu, EiOikeutta },
        { "koski-palvelukayttaja", Normaalikoulu, Normaalikoulu, EiOikeutta },
    };

    [Theory]
    [MemberData(nameof(Luonti))]
    public async Task Oppijan_ilman_hetua_luo_paakayttaja_tai_tallentaja_oman_organisaationsa_alle(string ryhma, string rooliOrg,
        string luojaOrg, string odotettu)
    {
        await using var kanta = await HenkiloKanta.LuoAsync();
        var kayttaja = Rooli(ryhma, rooliOrg);
        var uusi = new UusiOppija("Aino", null, "Hetuton", new DateOnly(2015, 3, 4), Henkilokoodit.Nainen, null, null, luojaOrg);

        var tulos = await TulosAsync(async () =>
        {
            var luotu = await kanta.Luonti.LuoAsync(kayttaja, uusi);
            return luotu.Oid is not null ? Ok : luotu.Virheet.Single().Kentta == nameof(UusiOppija.OrganisaatioOid) ? Organisaatio : "muu";
        });

        Assert.Equal(odotettu, tulos);
        await using var db = kanta.Tietokanta.CreateDbContext();
        var oppijat = await db.Oppijat.ToListAsync();
        Assert.Equal(odotettu == Ok ? 1 : 0, oppijat.Count);
        Assert.Equal(odotettu == Ok ? 1 : 0, await db.AuditLoki.CountAsync(a => a.Operaatio == "OPPIJA_LUONTI"));
        if (odotettu != Ok) return;
        var oppija = oppijat[0];
        Assert.True(Domain.Oidit.OnHenkiloOid(oppija.Oid));
        Assert.True(oppija.Yksiloimaton);
        Assert.Null(oppija.Hetu);
        Assert.Equal(luojaOrg, oppija.LuojaOrganisaatioOid);
    }

    [Fact]
    public async Task Lomakkeen_puutteet_ja_tuntemattomat_koodit_kerrotaan_kentittain()
    {
        await using var kanta = await HenkiloKanta.LuoAsync();
        await kanta.Kanta.TuoKoodistotAsync();
        var tallentaja = Rooli("koski-tallentaja", Normaalikoulu);

        var tulos = await kanta.Luonti.LuoAsync(tallentaja,
            new UusiOppija(" ", "Pekka", "", new DateOnly(2999, 1, 1), "3", "XXX", "zz", Normaalikoulu));
        var oikein = await kanta.Luonti.LuoAsync(tallentaja,
            new UusiOppija("Aino Maria", "Maria", "Hetuton", new DateOnly(2015, 3, 4), "2", "246", "FI", Normaalikoulu));

        Assert.Null(tulos.Oid);
        Assert.Equal(["Aidinkieli", "Etunimet", "Kansalaisuus", "Sukunimi", "Sukupuoli", "Syntymaaika"],
            tulos.Virheet.Select(v => v.Kentta).Order());
        Assert.NotNull(oikein.Oid);
        Assert.Contains(await kanta.Luonti.KooditAsync(Henkilokoodit.KansalaisuusKoodisto), k => k.Koodiarvo == "246");
    }

    [Fact]
    public async Task Opiskeluoikeudeton_oppija_nakyy_vain_luovan_organisaation_alla_ja_saa_opiskeluoikeuden_oidilla()
    {
        await using var kanta = await HenkiloKanta.LuoAsync();
        var oid = await kanta.UusiAsync(sukunimi: "Näkyväinen");
        var katselija = Rooli("koski-katselija", Normaalikoulu);
        var helsinki = Rooli("koski-katselija", HelsinginKaupunki);

        Assert.NotNull(await kanta.Tiedot.HaeAsync(katselija, oid));
        Assert.Null(await kanta.Tiedot.HaeAsync(helsinki, oid));
        Assert.Equal([oid], (await kanta.Haku.HaeAsync(katselija, "näkyväinen")).Oppijat.Select(o => o.Oid));
        Assert.Empty((await kanta.Haku.HaeAsync(helsinki, "näkyväinen")).Oppijat);

        var opiskeluoikeus = await kanta.OpiskeluoikeusAsync(new JsonObject { ["oid"] = oid });

        var sivu = await kanta.Tiedot.HaeAsync(katselija, oid);
        Assert.Equal([opiskeluoikeus], sivu!.Opiskeluoikeudet.Select(o => o.Oid));
        Assert.True(sivu.Oppija.Yksiloimaton);
        var rajapinnasta = await kanta.Rajapinta.OppijaAsync(katselija, oid);
        Assert.Equal(oid, rajapinnasta["henkilö"]!["oid"]!.GetValue<string>());
    }

    /// <summary>role, its organisation → outcome of identifying a learner created in Normaalikoulu.</summary>
    public static TheoryData<string, string, string> Yksilointioikeus => new()
    {
        { "koski-paakayttaja", JyvaskylanYliopisto, Ok },
        { "oph-paakayttaja", Juuri, Ok },
        { "koski-paakayttaja", HelsinginKaupunki, EiLoydy },
        { "koski-tallentaja", Normaalikoulu, EiOikeutta },
        { "koski-katselija", Normaalikoulu, EiOikeutta },
        { "opintopolun-vastuukayttaja", JyvaskylanYliopisto, EiOikeutta },
    };

    [Theory]
    [MemberData(nameof(Yksilointioikeus))]
    public async Task Yksiloi_ja_linkittaa_vain_oppijan_nakeva_paakayttaja(string ryhma, string organisaatio, string odotettu)
    {
        await using var kanta = await HenkiloKanta.LuoAsync();
        var yksiloitava = await kanta.UusiAsync();
        var linkitettava = await kanta.UusiAsync(sukunimi: "Kaksoiskappale");
        var master = await kanta.UusiAsync(sukunimi: "Pääkappale");
        var kayttaja = Rooli(ryhma, organisaatio);

        var yksilointi = await TulosAsync(async () => { await kanta.Yksilointi.YksiloiAsync(kayttaja, yksiloitava, "010115A913S"); return Ok; });
        var linkitys = await TulosAsync(async () => { await kanta.Yksilointi.LinkitaAsync(kayttaja, master, linkitettava); return Ok; });

        Assert.Equal(odotettu, yksilointi);
        Assert.Equal(odotettu, linkitys);
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(odotettu == Ok ? 2 : 0, await db.OppijoidenYhdistamiset.CountAsync());
        Assert.Equal(odotettu == Ok ? "010115A913S" : null, (await db.Oppijat.SingleAsync(o => o.Oid == yksiloitava)).Hetu);
    }

    [Fact]
    public async Task Yksiloinnin_jalkeen_kaikki_opiskeluoikeudet_loytyvat_masterin_oidilla_ja_OPH_purkaa_sen()
    {
        await using var kanta = await HenkiloKanta.LuoAsync();
        var hetu = LisaopetuksenHetu;
        var hetuton = await kanta.UusiAsync();
        var omaOikeus = await kanta.OpiskeluoikeusAsync(new JsonObject { ["oid"] = hetuton });
        var hetullisenOikeus = await kanta.OpiskeluoikeusAsync(
            new JsonObject { ["hetu"] = hetu, ["etunimet"] = "Lasse", ["sukunimi"] = "Lisäopetus" }, "perusopetuksenlisaopetus_2022-08-15.json");
        var paakayttaja = Rooli("koski-paakayttaja", JyvaskylanYliopisto);

        var master = await kanta.Yksilointi.YksiloiAsync(paakayttaja, hetuton, hetu.ToLowerInvariant());

        Assert.NotEqual(hetuton, master);
        await using (var db = kanta.Tietokanta.CreateDbContext())
        {
            Assert.Equal(hetu, (await db.Oppijat.SingleAsync(o => o.Oid == master)).Hetu);
            Assert.Equal(master, (await db.Oppijat.SingleAsync(o => o.Oid == hetuton)).LinkitettyOid);
            var kirjaus = await db.AuditLoki.SingleAsync(a => a.Operaatio == "OPPIJA_YKSILOINTI");
            Assert.Equal(hetuton, kirjaus.OppijaOid);
            Assert.Contains(master, kirjaus.Tiedot);
            Assert.Contains(omaOikeus, kirjaus.Tiedot);
        }
        // The slave's oid shows the master, with every study right, on the page, in search and in the API.
        var sivu = await kanta.Tiedot.HaeAsync(paakayttaja, hetuton);
        Assert.Equal(master, sivu!.Oppija.Oid);
        Assert.Equal(new[] { hetullisenOikeus, omaOikeus }.Order(), sivu.Opiskeluoikeudet.Select(o => o.Oid).Order());
        Assert.Equal([hetuton], sivu.Oppija.LinkitetytOidit!);
        Assert.Equal([master], (await kanta.Haku.HaeAsync(paakayttaja, hetuton)).Oppijat.Select(o => o.Oid));
        var rajapinnasta = await kanta.Rajapinta.OppijaAsync(paakayttaja, hetuton);
        Assert.Equal(master, rajapinnasta["henkilö"]!["oid"]!.GetValue<string>());
        Assert.Equal(2, rajapinnasta["opiskeluoikeudet"]!.AsArray().Count);
        // A transfer that names the slave's oid saves under the master.
        var uusi = await kanta.OpiskeluoikeusAsync(new JsonObject { ["oid"] = hetuton }, "perusopetukseenvalmistavaopetus_2024-05-16.json");
        await using (var db = kanta.Tietokanta.CreateDbContext())
            Assert.Equal(master, (await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == uusi)).OppijaOid);

        // Only OPH undoes it; the slave gets back what it brought.
        var yhdistaminen = (await kanta.Yksilointi.HaeAsync(paakayttaja, master)).Single();
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => kanta.Yksilointi.PuraAsync(paakayttaja, yhdistaminen.Id));
        await kanta.Yksilointi.PuraAsync(Rooli("oph-paakayttaja", Juuri), yhdistaminen.Id);

        await using (var db = kanta.Tietokanta.CreateDbContext())
        {
            var hetutonNyt = await db.Oppijat.SingleAsync(o => o.Oid == hetuton);
            Assert.Null(hetutonNyt.LinkitettyOid);
            Assert.True(hetutonNyt.Yksiloimaton);
            Assert.Equal(hetuton, (await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == omaOikeus)).OppijaOid);
            Assert.Equal(master, (await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == hetullisenOikeus)).OppijaOid);
            Assert.Equal(1, await db.AuditLoki.CountAsync(a => a.Operaatio == "OPPIJA_YHDISTAMISEN_PURKU" && a.OppijaOid == hetuton));
        }
        await Assert.ThrowsAsync<YksilointiVirhe>(() => kanta.Yksilointi.PuraAsync(Rooli("oph-paakayttaja", Juuri), yhdistaminen.Id));
    }

    [Fact]
    public async Task Yksilointi_uudella_hetulla_antaa_hetun_oppijalle_itselleen()
    {
        await using var kanta = await HenkiloKanta.LuoAsync();
        var hetuton = await kanta.UusiAsync();
        var oikeus = await kanta.OpiskeluoikeusAsync(new JsonObject { ["oid"] = hetuton });
        var paakayttaja = Rooli("koski-paakayttaja", JyvaskylanYliopisto);

        await Assert.ThrowsAsync<YksilointiVirhe>(() => kanta.Yksilointi.YksiloiAsync(paakayttaja, hetuton, "010115A9131"));
        var master = await kanta.Yksilointi.YksiloiAsync(paakayttaja, "" + hetuton, "010115A913S");

        Assert.Equal(hetuton, master);
        var sivu = await kanta.Tiedot.HaeAsync(paakayttaja, hetuton);
        Assert.Equal("010115A913S", sivu!.Oppija.Hetu);
        Assert.False(sivu.Oppija.Yksiloimaton);
        Assert.Equal([oikeus], sivu.Opiskeluoikeudet.Select(o => o.Oid));
        await Assert.ThrowsAsync<YksilointiVirhe>(() => kanta.Yksilointi.YksiloiAsync(paakayttaja, hetuton, "010115A913S"));
    }

    [Fact]
    public async Task Linkitys_siirtaa_opiskeluoikeudet_masterille_eika_hetullinen_voi_olla_linkitetty()
    {
        await using var kanta = await HenkiloKanta.LuoAsync();
        var master = await kanta.UusiAsync(sukunimi: "Pääkappale");
        var kaksoiskappale = await kanta.UusiAsync(sukunimi: "Kaksoiskappale");
        var oikeus = await kanta.OpiskeluoikeusAsync(new JsonObject { ["oid"] = kaksoiskappale });
        var paakayttaja = Rooli("koski-paakayttaja", JyvaskylanYliopisto);

        await kanta.Yksilointi.LinkitaAsync(paakayttaja, master, kaksoiskappale);

        var sivu = await kanta.Tiedot.HaeAsync(Rooli("koski-katselija", Normaalikoulu), kaksoiskappale);
        Assert.Equal(master, sivu!.Oppija.Oid);
        Assert.Equal([oikeus], sivu.Opiskeluoikeudet.Select(o => o.Oid));
        Assert.Empty((await kanta.Haku.HaeAsync(paakayttaja, "kaksoiskappale")).Oppijat);
        await using (var db = kanta.Tietokanta.CreateDbContext())
        {
            Assert.Equal(1, await db.AuditLoki.CountAsync(a => a.Operaatio == "OPPIJA_LINKITYS" && a.OppijaOid == kaksoiskappale));
            Assert.Equal(master, (await db.Opiskeluoikeudet.SingleAsync(o => o.Oid == oikeus)).OppijaOid);
        }
        // A linked record is not linked again, nor a master made a slave of it.
        var kolmas = await kanta.UusiAsync(sukunimi: "Kolmas");
        await Assert.ThrowsAsync<YksilointiVirhe>(() => kanta.Yksilointi.LinkitaAsync(paakayttaja, kolmas, master));
        // The hetu person is always the master.
        await kanta.Yksilointi.YksiloiAsync(paakayttaja, kolmas, "010115A913S");
        await Assert.ThrowsAsync<YksilointiVirhe>(() => kanta.Yksilointi.LinkitaAsync(paakayttaja, master, kolmas));
    }

    private static async Task<string> TulosAsync(Func<Task<string>> toiminto)
    {
        try
        {
            return await toiminto();
        }
        catch (UnauthorizedAccessException)
        {
            return EiOikeutta;
        }
        catch (YksilointiVirhe)
        {
            return EiLoydy;
        }
    }
}
