using System.Text.Json;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Tests.Opiskeluoikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tests.Oppijat;

/// <summary>Search, student list, learner page, history and audit on the demo data with KOSKI's examples.</summary>
[Collection(OppijaKokoelma.Nimi)]
public sealed class OppijatTests(OppijaKanta kanta)
{
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";
    private const string Touhula = "1.2.246.562.10.63518646078";
    private const string Kansanopisto = "1.2.246.562.10.31915273374";
    /// <summary>The examples' learner with eight study rights, most of them in Jyväskylän normaalikoulu.</summary>
    private const string MonenOppijanHetu = "220109-784L";

    private async Task<string> OppijaOidAsync(string hetu)
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        return await db.Oppijat.Where(o => o.Hetu == hetu).Select(o => o.Oid).SingleAsync();
    }

    private async Task<List<Domain.Opiskeluoikeudet.Opiskeluoikeus>> KaikkiAsync()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        return await db.Opiskeluoikeudet.AsNoTracking().ToListAsync();
    }

    private async Task<IReadOnlyList<OpiskelijalistanRivi>> KokoListaAsync(string tunnus, OpiskelijalistanKysely? kysely = null)
    {
        var kayttaja = await kanta.KayttajaAsync(tunnus);
        var rivit = new List<OpiskelijalistanRivi>();
        var perus = kysely ?? new OpiskelijalistanKysely();
        while (true)
        {
            var sivu = await kanta.Lista().HaeAsync(kayttaja, perus with { Ohita = rivit.Count, Koko = Opiskelijalista.SuurinSivu });
            rivit.AddRange(sivu.Rivit);
            if (sivu.Rivit.Count == 0 || rivit.Count >= sivu.Yhteensa) return rivit;
        }
    }

    [Fact]
    public async Task Hetu_ja_oppijanumero_loytavat_tasmalleen_ja_haku_kirjataan()
    {
        var katselija = await kanta.KayttajaAsync("katselija");
        var oid = await OppijaOidAsync(MonenOppijanHetu);

        var hetulla = await kanta.Haku().HaeAsync(katselija, MonenOppijanHetu.ToLowerInvariant());
        var oidilla = await kanta.Haku().HaeAsync(katselija, oid);

        Assert.Equal([oid], hetulla.Oppijat.Select(o => o.Oid));
        Assert.Equal([oid], oidilla.Oppijat.Select(o => o.Oid));
        await using var db = kanta.Tietokanta.CreateDbContext();
        var haut = await db.AuditLoki.Where(a => a.Operaatio == "OPPIJA_HAKU" && a.Tiedot!.Contains(oid)).ToListAsync();
        Assert.Single(haut);
        Assert.Equal(katselija.Oid, haut[0].Kayttaja);
    }

    [Fact]
    public async Task Lyhyt_nimi_ei_hae_ja_nimihaku_loytaa_sanan_alusta_vain_nakyvat()
    {
        var katselija = await kanta.KayttajaAsync("katselija");
        Assert.NotNull((await kanta.Haku().HaeAsync(katselija, "ab")).Virhe);

        var kaikki = await KaikkiAsync();
        await using var db = kanta.Tietokanta.CreateDbContext();
        var oppija = await db.Oppijat.FirstAsync(o => o.Hetu == MonenOppijanHetu);
        var tulos = await kanta.Haku().HaeAsync(katselija, oppija.Sukunimi[..4]);
        Assert.Null(tulos.Virhe);
        Assert.Contains(tulos.Oppijat, o => o.Oid == oppija.Oid);
        Assert.All(tulos.Oppijat, o => Assert.StartsWith(oppija.Sukunimi[..4].ToLowerInvariant(), o.Sukunimi.ToLowerInvariant()));
        Assert.All(tulos.Oppijat, o => Assert.Contains(kaikki, r => r.OppijaOid == o.Oid && r.OppilaitosOid == Normaalikoulu));

        var etunimiEnsin = await kanta.Haku().HaeAsync(katselija, $"{oppija.Etunimet.Split(' ')[0]} {oppija.Sukunimi}");
        Assert.Contains(etunimiEnsin.Oppijat, o => o.Oid == oppija.Oid);
    }

    [Fact]
    public async Task Toisen_organisaation_oppijaa_ei_loydy_haulla_eika_osoitteella()
    {
        var katselija = await kanta.KayttajaAsync("katselija");
        var kaikki = await KaikkiAsync();
        var helsinkilainen = kaikki.GroupBy(r => r.OppijaOid)
            .First(g => g.All(r => r.KoulutustoimijaOid == "1.2.246.562.10.346830761110")).Key;
        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.DoesNotContain(kaikki, r => r.OppijaOid == helsinkilainen && r.OppilaitosOid == Normaalikoulu);
        var hetu = (await db.Oppijat.SingleAsync(o => o.Oid == helsinkilainen)).Hetu!;

        Assert.Empty((await kanta.Haku().HaeAsync(katselija, hetu)).Oppijat);
        Assert.Null(await kanta.Tiedot().HaeAsync(katselija, helsinkilainen));
        Assert.Null(await kanta.Tiedot().HaeAsync(katselija, "1.2.246.562.24.99999999999"));
        var toisen = kaikki.First(r => r.OppijaOid == helsinkilainen).Oid;
        Assert.Null(await kanta.Historia().ListaaAsync(katselija, toisen));
    }

    [Fact]
    public async Task Lista_nayttaa_oman_organisaation_eika_muuta()
    {
        var kaikki = (await KaikkiAsync()).ToDictionary(r => r.Oid);
        var rivit = await KokoListaAsync("katselija");

        var odotetut = kaikki.Values.Where(r => !r.Mitatoity && r.OppilaitosOid == Normaalikoulu).Select(r => r.Oid).Order();
        Assert.Equal(odotetut, rivit.Select(r => r.OpiskeluoikeusOid).Order());
    }

    [Fact]
    public async Task Esiopetuksen_katselija_nakee_vain_esiopetuksen()
    {
        var kaikki = (await KaikkiAsync()).ToDictionary(r => r.Oid);
        var rivit = await KokoListaAsync("esiopetus-katselija");

        Assert.NotEmpty(rivit);
        Assert.All(rivit, r => Assert.Equal("esiopetus", kaikki[r.OpiskeluoikeusOid].Tyyppi));
        var esiopetus = await kanta.KayttajaAsync("esiopetus-katselija");
        var sivu = await kanta.Tiedot().HaeAsync(esiopetus, await OppijaOidAsync(MonenOppijanHetu));
        Assert.Equal(["esiopetus"], sivu!.Opiskeluoikeudet.Select(o => o.Tyyppi).Distinct());
    }

    [Fact]
    public async Task Ostaja_nakee_hankitun_taiteen_perusopetuksen_ja_ostopalveluna_hankitun_esiopetuksen()
    {
        var kaikki = (await KaikkiAsync()).ToDictionary(r => r.Oid);
        var helsinki = await KokoListaAsync("helsinki-tallentaja");
        var nakyvat = helsinki.Select(r => kaikki[r.OpiskeluoikeusOid]).ToList();

        Assert.Contains(nakyvat, r => r.Tyyppi == "esiopetus" && r.OppilaitosOid == Touhula);
        Assert.Contains(nakyvat, r => r.Tyyppi == "taiteenperusopetus" && r.OppilaitosOid == Kansanopisto);
        Assert.DoesNotContain(nakyvat, r => r.OppilaitosOid == Kansanopisto && r.OstajaOid is null);

        var tpo = await KokoListaAsync("tpo-tallentaja");
        Assert.NotEmpty(tpo);
        Assert.All(tpo, r => Assert.Equal(("taiteenperusopetus", "1.2.246.562.10.346830761110"),
            (kaikki[r.OpiskeluoikeusOid].Tyyppi, kaikki[r.OpiskeluoikeusOid].OstajaOid)));
    }

    [Fact]
    public async Task Lista_suodattaa_jarjestaa_ja_sivuttaa_tietokannassa()
    {
        var kaikki = await KokoListaAsync("katselija");
        var esiopetus = await KokoListaAsync("katselija", new OpiskelijalistanKysely { Tyyppi = "esiopetus" });
        Assert.Equal(kaikki.Count(r => r.Tyyppi == "Esiopetus"), esiopetus.Count);

        var yhdeksas = await KokoListaAsync("katselija", new OpiskelijalistanKysely { Luokka = "9C" });
        Assert.Contains(yhdeksas, r => r.Luokka == "9C");
        Assert.All(yhdeksas, r => Assert.Equal("9C", r.Luokka));

        var katselija = await kanta.KayttajaAsync("katselija");
        var kysely = new OpiskelijalistanKysely { Jarjestys = OpiskelijalistanJarjestys.Alkamispaiva, Laskeva = true, Koko = 10 };
        var eka = await kanta.Lista().HaeAsync(katselija, kysely);
        var toka = await kanta.Lista().HaeAsync(katselija, kysely with { Ohita = 10 });
        Assert.Equal(kaikki.Count, eka.Yhteensa);
        var alut = eka.Rivit.Concat(toka.Rivit).Select(r => r.Alkamispaiva).ToList();
        Assert.Equal(20, alut.Count);
        Assert.Equal(alut.OrderByDescending(a => a), alut);
        Assert.Empty(eka.Rivit.Select(r => r.OpiskeluoikeusOid).Intersect(toka.Rivit.Select(r => r.OpiskeluoikeusOid)));
    }

    [Fact]
    public async Task Oppilaitoksen_mukaan_jarjestetaan_nimen_eika_oidin_mukaan()
    {
        var kaikki = (await KaikkiAsync()).ToDictionary(r => r.Oid);
        var nousevat = await KokoListaAsync("oph-paakayttaja", new OpiskelijalistanKysely { Jarjestys = OpiskelijalistanJarjestys.Oppilaitos });
        var laskevat = await KokoListaAsync("oph-paakayttaja",
            new OpiskelijalistanKysely { Jarjestys = OpiskelijalistanJarjestys.Oppilaitos, Laskeva = true });

        var nimet = nousevat.Select(r => r.Oppilaitos).ToList();
        Assert.Equal(nimet.Order(StringComparer.Ordinal), nimet);
        Assert.Equal(nimet.Order(StringComparer.Ordinal).Reverse(), laskevat.Select(r => r.Oppilaitos));
        // The data has oppilaitokset whose OIDs sort otherwise than their names, so an OID sort would fail above.
        var oidinMukaan = nousevat.OrderBy(r => kaikki[r.OpiskeluoikeusOid].OppilaitosOid, StringComparer.Ordinal).Select(r => r.Oppilaitos);
        Assert.NotEqual(nimet.Distinct(), oidinMukaan.Distinct());
    }

    [Fact]
    public async Task Suppea_katselija_saa_saman_sivun_ilman_arkaluonteisia_ja_katselu_kirjataan()
    {
        var oid = await OppijaOidAsync(MonenOppijanHetu);
        var katselija = await kanta.KayttajaAsync("katselija");
        var laaja = await kanta.Tiedot().HaeAsync(katselija, oid);
        var suppea = await kanta.Tiedot().HaeAsync(await kanta.KayttajaAsync("katselija-suppea"), oid);

        Assert.Equal(laaja!.Opiskeluoikeudet.Select(o => o.Oid), suppea!.Opiskeluoikeudet.Select(o => o.Oid));
        var laajaJson = Json(laaja);
        var suppeaJson = Json(suppea);
        foreach (var kentta in new[] { "pidennettyOppivelvollisuus", "erityisenTuenPäätökset", "vammainen", "jääLuokalle", "koulukoti" })
        {
            Assert.Contains($"\"{kentta}\"", laajaJson);
            Assert.DoesNotContain($"\"{kentta}\"", suppeaJson);
        }
        Assert.All(suppea.Opiskeluoikeudet, o => Assert.False(o.VersiohistoriaSallittu));
        Assert.All(laaja.Opiskeluoikeudet, o => Assert.True(o.VersiohistoriaSallittu));

        await using var db = kanta.Tietokanta.CreateDbContext();
        var katselut = await db.AuditLoki.Where(a => a.Operaatio == "OPISKELUOIKEUS_KATSOMINEN" && a.OppijaOid == oid).ToListAsync();
        Assert.Equal(laaja.Opiskeluoikeudet.Select(o => o.Oid).Order(),
            katselut.Where(k => k.Kayttaja == katselija.Oid).Select(k => k.OpiskeluoikeusOid).Order());
    }

    private static readonly JsonSerializerOptions Luettava = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(OppijanSivu sivu) => string.Join('\n', sivu.Opiskeluoikeudet.Select(o => JsonSerializer.Serialize(o.Dokumentti, Luettava)));

    [Fact]
    public async Task Versiohistoria_ja_vanha_versio_vain_oikeudella_ja_kirjataan()
    {
        var katselija = await kanta.KayttajaAsync("katselija");
        var suppea = await kanta.KayttajaAsync("katselija-suppea");
        var rivi = (await KaikkiAsync()).First(r => r.OppilaitosOid == Normaalikoulu && r.Tyyppi == "esiopetus");

        Assert.Null(await kanta.Historia().ListaaAsync(suppea, rivi.Oid));
        Assert.Null(await kanta.Historia().HaeAsync(suppea, rivi.Oid, 1));
        var versiot = await kanta.Historia().ListaaAsync(katselija, rivi.Oid);
        Assert.Equal([1], versiot!.Select(v => v.Versionumero));
        var vanha = await kanta.Historia().HaeAsync(katselija, rivi.Oid, 1);
        Assert.Equal(rivi.Oid, vanha!.Opiskeluoikeus.Oid);
        Assert.Null(await kanta.Historia().HaeAsync(katselija, rivi.Oid, 2));

        await using var db = kanta.Tietokanta.CreateDbContext();
        Assert.Equal(2, await db.AuditLoki.CountAsync(a => a.Operaatio == "MUUTOSHISTORIA_KATSOMINEN" && a.OpiskeluoikeusOid == rivi.Oid
                                                            && a.Kayttaja == katselija.Oid));
    }

    [Fact]
    public async Task Paakayttaja_nakee_kuka_katsoi_ja_mista_organisaatiosta()
    {
        var oid = await OppijaOidAsync("010101-123N");
        var tallentaja = await kanta.KayttajaAsync("tallentaja");
        await kanta.Tiedot().HaeAsync(tallentaja, oid);

        Assert.Null(await kanta.Katselut().HaeAsync(tallentaja, oid));
        var historia = await kanta.Katselut().HaeAsync(await kanta.KayttajaAsync("paakayttaja"), oid);
        Assert.Contains(historia!, k => k.Katsoja == "Tapio Talvitie" && k.Organisaatiot.Contains("Jyväskylän normaalikoulu"));
    }

    [Fact]
    public async Task Mitatoity_opiskeluoikeus_ei_nay_listoissa_eika_haussa()
    {
        await using (var db = kanta.Tietokanta.CreateDbContext())
        {
            var oppija = new Domain.Oppijat.Oppija { Oid = "1.2.246.562.24.70000000001", Etunimet = "Mirja", Sukunimi = "Mitätöity" };
            oppija.PaivitaHakunimi();
            db.Oppijat.Add(oppija);
            await db.SaveChangesAsync();
            var json = Esimerkit.Opiskeluoikeus("esiopetusvalmis_2022-09-26.json");
            json["tila"]!["opiskeluoikeusjaksot"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
            {
                ["alku"] = "2022-09-26", ["tila"] = new System.Text.Json.Nodes.JsonObject { ["koodiarvo"] = "mitatoity", ["koodistoUri"] = "koskiopiskeluoikeudentila" },
            });
            await new OpiskeluoikeusTallennus().TallennaUusiAsync(db, oppija.Oid, new Domain.Opiskeluoikeudet.OpiskeluoikeusDokumentti(json),
                "testi", kanta.Aika.GetUtcNow());
        }
        var katselija = await kanta.KayttajaAsync("katselija");

        Assert.Empty((await kanta.Haku().HaeAsync(katselija, "mitätöity")).Oppijat);
        Assert.Null(await kanta.Tiedot().HaeAsync(katselija, "1.2.246.562.24.70000000001"));
        Assert.Equal(0, (await kanta.Lista().HaeAsync(katselija, new OpiskelijalistanKysely { Nimi = "mitätöity" })).Yhteensa);
    }
}
