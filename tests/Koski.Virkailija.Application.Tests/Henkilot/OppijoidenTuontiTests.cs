using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Henkilot;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Infrastructure.Kayttooikeudet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Henkilot;

/// <summary>
/// Learner batches (oppijoiden tuonti): a batch of 1 000 learners gets the right result per learner on SQLite and
/// PostgreSQL; a tunniste sent again gives the same person; two workers never process one batch twice; a batch is
/// the sending organisation's alone; only an account with "Oppijan tuonti" that may write sends one.
/// </summary>
public sealed class OppijoidenTuontiTests
{
    private const string Tuoja = "tuonti-normaalikoulu";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Postgres")]
    public async Task Tuhannen_oppijan_tuonti_antaa_jokaiselle_oikean_tuloksen(string tarjoaja)
    {
        await using var k = await TuontiKanta.LuoAsync(tarjoaja);
        var tunnetut = await k.TunnetutAsync(100);
        var henkilot = new JsonArray();
        void Lisaa(string tunniste, JsonObject henkilo) => henkilot.Add(new JsonObject { ["tunniste"] = tunniste, ["henkilo"] = henkilo });
        for (var i = 0; i < 100; i++) Lisaa($"tunnettu-{i}", Henkilo(hetu: tunnetut[i].Hetu));
        for (var i = 0; i < 600; i++) Lisaa($"hetuton-{i}", Henkilo(sukunimi: $"Hetuton{i}", syntymaaika: "2012-05-06"));
        for (var i = 0; i < 100; i++) Lisaa($"uusi-hetullinen-{i}", Henkilo(hetu: Hetu(2, i)));
        for (var i = 0; i < 50; i++) Lisaa($"virheellinen-hetu-{i}", Henkilo(hetu: Hetu(3, i)[..10] + "!"));
        for (var i = 0; i < 30; i++) Lisaa($"ilman-nimia-{i}", new JsonObject { ["syntymaaika"] = "2012-05-06" });
        for (var i = 0; i < 20; i++) Lisaa($"tuntematon-maa-{i}", Henkilo(syntymaaika: "2012-05-06", kansalaisuus: "XXX"));
        // The same tunniste again later in the batch (with other names): the same person, not a second one.
        for (var i = 0; i < 100; i++) Lisaa($"hetuton-{i}", Henkilo(sukunimi: "Toisto", syntymaaika: "2013-01-01"));
        Assert.Equal(1000, henkilot.Count);

        var lahetetty = await k.Palvelu.LisaaAsync(await k.TuojaAsync(), new JsonObject { ["henkilot"] = henkilot });
        Assert.Equal((Tuontitila.Odottaa, 1000, 0), (lahetetty.Tila, lahetetty.Kasiteltavia, lahetetty.Kasiteltyja));
        Assert.True(await k.Ajo.AjaSeuraavaAsync("ajaja-1"));
        var tulos = await k.Palvelu.HaeAsync(await k.TuojaAsync(), lahetetty.Id);

        Assert.Equal((Tuontitila.Valmis, 1000, 1000, 100), (tulos.Perustiedot.Tila, tulos.Perustiedot.Kasiteltavia,
            tulos.Perustiedot.Kasiteltyja, tulos.Perustiedot.Virheita));
        var rivit = tulos.Henkilot;
        Assert.Equal(henkilot.Select(h => h!["tunniste"]!.GetValue<string>()), rivit.Select(r => r.Tunniste));
        Assert.Equal(tunnetut.Select(t => t.Oid), rivit.Take(100).Select(r => r.Oid));
        Assert.All(rivit.Take(100), r => Assert.Equal((Tuontitulos.Loytyi, true), (r.Tulos, r.Yksiloity)));
        Assert.All(rivit.Skip(100).Take(600), r => Assert.Equal((Tuontitulos.Luotu, false), (r.Tulos, r.Yksiloity)));
        Assert.All(rivit.Skip(700).Take(100), r => Assert.Equal((Tuontitulos.Luotu, true), (r.Tulos, r.Yksiloity)));
        Assert.All(rivit.Skip(800).Take(50), r => Assert.Equal("badRequest.validation.henkilötiedot.hetu", r.VirheAvain));
        Assert.All(rivit.Skip(850).Take(30), r => Assert.Equal("badRequest.validation.henkilötiedot.puutteelliset", r.VirheAvain));
        Assert.All(rivit.Skip(880).Take(20), r => Assert.Equal("badRequest.validation.koodisto.tuntematonKoodi", r.VirheAvain));
        Assert.All(rivit.Skip(800).Take(100), r => Assert.Null(r.Oid));
        Assert.Equal(rivit.Skip(100).Take(100).Select(r => r.Oid), rivit.Skip(900).Select(r => r.Oid));
        Assert.Equal(800, rivit.Select(r => r.Oid).OfType<string>().Distinct().Count());

        await using var db = k.Kanta.Tietokanta.CreateDbContext();
        Assert.Equal(800, await db.Oppijat.CountAsync());
        var hetuton = await db.Oppijat.SingleAsync(o => o.Oid == rivit[100].Oid);
        Assert.Equal(("Hetuton0", true, Normaalikoulu, "246", "FI"),
            (hetuton.Sukunimi, hetuton.Yksiloimaton, hetuton.LuojaOrganisaatioOid, hetuton.Kansalaisuus, hetuton.Aidinkieli));
        Assert.Equal(700, await db.AuditLoki.CountAsync(a => a.Operaatio == "OPPIJA_LUONTI"));
        Assert.Equal(100, await db.AuditLoki.CountAsync(a => a.Operaatio == "OPPIJA_HAKU"));
    }

    [Fact]
    public async Task Sama_tunniste_uudessa_tuonnissa_antaa_saman_henkilon_myos_yksiloinnin_jalkeen()
    {
        await using var k = await TuontiKanta.LuoAsync();
        var eka = await k.TuoAsync(("a", Henkilo(sukunimi: "Ensimmäinen", syntymaaika: "2012-05-06")), ("b", Henkilo(hetu: Hetu(4, 1))));
        // The first learner is identified in between as the second one: the tunniste now gives the master.
        var master = await k.Yksilointi.YksiloiAsync(Rooli("koski-paakayttaja", JyvaskylanYliopisto), eka[0].Oid!, Hetu(4, 1));
        Assert.Equal(eka[1].Oid, master);

        var toka = await k.TuoAsync(("a", Henkilo(sukunimi: "Muuttunut", syntymaaika: "2012-05-06")), ("b", Henkilo(hetu: Hetu(4, 1))));

        Assert.Equal([master, eka[1].Oid], toka.Select(h => h.Oid));
        Assert.All(toka, h => Assert.Equal((Tuontitulos.Loytyi, true), (h.Tulos, h.Yksiloity)));
        await using var db = k.Kanta.Tietokanta.CreateDbContext();
        Assert.Equal(2, await db.Oppijat.CountAsync());
    }

    [Fact]
    public async Task Kaksi_ajajaa_ei_kasittele_samaa_tuontia_ja_hiljaisen_ajajan_tuonti_jatkuu_toisella()
    {
        await using var k = await TuontiKanta.LuoAsync();
        var henkilot = Enumerable.Range(0, 40).Select(i => ($"t{i}", Henkilo(sukunimi: $"S{i}", syntymaaika: "2012-05-06"))).ToArray();
        var tuonti = await k.Palvelu.LisaaAsync(await k.TuojaAsync(), Runko(henkilot));

        var ajot = await Task.WhenAll(k.Ajo.AjaSeuraavaAsync("ajaja-1"), k.Ajo.AjaSeuraavaAsync("ajaja-2"));
        Assert.Equal(1, ajot.Count(a => a));

        // A batch whose worker fell silent halfway (half its learners without result) is taken over and finished.
        var toinen = await k.Palvelu.LisaaAsync(await k.TuojaAsync(), Runko(henkilot.Select(h => (h.Item1 + "-b", h.Item2)).ToArray()));
        await using (var db = k.Kanta.Tietokanta.CreateDbContext())
        {
            await db.OppijoidenTuonnit.Where(t => t.Id == toinen.Id).ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Tila, Tuontitila.Kasittelyssa).SetProperty(t => t.Tyontekija, "hiljainen")
                .SetProperty(t => t.Elossa, KiinteaHetki.AddMinutes(-10)));
        }
        Assert.True(await k.Ajo.AjaSeuraavaAsync("ajaja-3"));

        var tulos = await k.Palvelu.HaeAsync(await k.TuojaAsync(), toinen.Id);
        Assert.Equal((Tuontitila.Valmis, 40), (tulos.Perustiedot.Tila, tulos.Perustiedot.Kasiteltyja));
        await using var lopuksi = k.Kanta.Tietokanta.CreateDbContext();
        Assert.Equal(80, await lopuksi.Oppijat.CountAsync());
        Assert.Equal(tuonti.Id + 1, toinen.Id);
    }

    [Fact]
    public async Task Toisen_organisaation_virkailija_tai_palvelukayttaja_ei_nae_tuontia()
    {
        await using var k = await TuontiKanta.LuoAsync();
        var tulos = await k.TuoAsync(("a", Henkilo(syntymaaika: "2012-05-06")), ("b", Henkilo(hetu: "123")));
        var id = (await k.Palvelu.ListaaAsync(Virkailija(Normaalikoulu))).Single().Id;
        var helsinki = Virkailija(HelsinginKaupunki);
        var helsinginTuoja = await k.TuojaAsync("tuonti-helsinki", HelsinginKaupunki);

        Assert.Empty(await k.Palvelu.ListaaAsync(helsinki));
        Assert.Null(await k.Palvelu.KasiteltavatAsync(helsinki, id));
        var virhe = await Assert.ThrowsAsync<KoskiVirheet>(() => k.Palvelu.HaeAsync(helsinginTuoja, id));
        Assert.Equal(404, virhe.HttpTila);
        // Without the group, the learner page's roles open nothing here either.
        Assert.Empty(await k.Palvelu.ListaaAsync(Rooli("koski-paakayttaja", JyvaskylanYliopisto)));

        var omat = await k.Palvelu.KasiteltavatAsync(Virkailija(JyvaskylanYliopisto), id);
        Assert.Equal(["a", "b"], omat!.Henkilot.Select(h => h.Tunniste));
        Assert.Equal((tulos[0].Oid, false), (omat.Henkilot[0].Oid, omat.Henkilot[0].Yksiloity));
        Assert.Equal("badRequest.validation.henkilötiedot.hetu", omat.Henkilot[1].VirheAvain);
    }

    [Fact]
    public async Task Vain_kirjoittava_palvelukayttaja_jolla_on_tuontioikeus_lahettaa_ja_liian_suuri_tuonti_torjutaan()
    {
        await using var k = await TuontiKanta.LuoAsync(enintaan: 3);
        var runko = Runko(("a", Henkilo(syntymaaika: "2012-05-06")));
        async Task<int> TilaAsync(Kayttaja kayttaja, JsonObject r) =>
            (await Assert.ThrowsAsync<KoskiVirheet>(() => k.Palvelu.LisaaAsync(kayttaja, r))).HttpTila;

        Assert.Equal(403, await TilaAsync(await k.TuojaAsync("ilman-oikeutta", Normaalikoulu, tuonti: false), runko));
        Assert.Equal(403, await TilaAsync(await k.TuojaAsync("vain-luku", Normaalikoulu, vainLuku: true), runko));
        Assert.Equal(403, await TilaAsync(Virkailija(Normaalikoulu), runko));
        Assert.Equal(400, await TilaAsync(await k.TuojaAsync(), Runko(Enumerable.Range(0, 4).Select(i => ($"{i}", Henkilo())).ToArray())));
        Assert.Equal(400, await TilaAsync(await k.TuojaAsync(), new JsonObject { ["henkilot"] = new JsonArray(new JsonObject { ["henkilo"] = Henkilo() }) }));
        Assert.Equal(400, await TilaAsync(await k.TuojaAsync(), new JsonObject { ["henkilöt"] = new JsonArray() }));
        Assert.NotNull(await k.Palvelu.LisaaAsync(await k.TuojaAsync(), runko));
    }

    [Fact]
    public async Task Tuontioikeuden_antaa_palvelukayttajalle_organisaation_paakayttaja()
    {
        await using var k = await TuontiKanta.LuoAsync();
        await k.TuojaAsync("jarjestelma", Normaalikoulu, tuonti: false);
        await using var db = k.Kanta.Tietokanta.CreateDbContext();
        var tili = await db.Palvelukayttajat.SingleAsync(p => p.Tunnus == "jarjestelma");

        // The switch lists the account to its own organisation's pääkäyttäjä only; a read-only account is never offered.
        await k.TuojaAsync("lukija", Normaalikoulu, tuonti: false, vainLuku: true);
        Assert.Equal(["jarjestelma"], (await k.Palvelukayttajat.TuonninPalvelukayttajatAsync(Rooli("koski-paakayttaja", JyvaskylanYliopisto)))
            .Select(p => p.Tunnus));
        Assert.Empty(await k.Palvelukayttajat.TuonninPalvelukayttajatAsync(Rooli("koski-paakayttaja", HelsinginKaupunki)));
        Assert.Empty(await k.Palvelukayttajat.TuonninPalvelukayttajatAsync(Rooli("koski-tallentaja", Normaalikoulu)));

        var helsinki = await k.Palvelukayttajat.AsetaOppijoidenTuontiAsync(Rooli("koski-paakayttaja", HelsinginKaupunki), tili.Id, tili.Versio, true);
        var tallentaja = await k.Palvelukayttajat.AsetaOppijoidenTuontiAsync(Rooli("koski-tallentaja", Normaalikoulu), tili.Id, tili.Versio, true);
        var paakayttaja = await k.Palvelukayttajat.AsetaOppijoidenTuontiAsync(Rooli("koski-paakayttaja", JyvaskylanYliopisto), tili.Id, tili.Versio, true);

        Assert.False(helsinki.Onnistui);
        Assert.False(tallentaja.Onnistui);
        Assert.True(paakayttaja.Onnistui);
        var kayttaja = await k.Palvelukayttajat.HaeAsync("jarjestelma");
        Assert.Contains(kayttaja!.Roolit, r => r.Ryhma == Kayttooikeusryhma.OppijanTuonti && r.OrganisaatioOid == Normaalikoulu);
        Assert.True((await k.Palvelukayttajat.TuonninPalvelukayttajatAsync(Rooli("koski-paakayttaja", JyvaskylanYliopisto))).Single().OppijoidenTuonti);
    }

    [Fact]
    public async Task Oppijan_sivu_nayttaa_sukupuolen_kansalaisuuden_ja_aidinkielen_koodiston_nimilla()
    {
        await using var k = await TuontiKanta.LuoAsync();
        var tuotu = await k.TuoAsync(("a", Henkilo(syntymaaika: "2012-05-06")), ("b", Henkilo(syntymaaika: "2012-05-06", kansalaisuus: null)));

        var sivu = await k.Henkilot.Tiedot.HaeAsync(Rooli("koski-katselija", Normaalikoulu), tuotu[0].Oid!);
        var ilman = await k.Henkilot.Tiedot.HaeAsync(Rooli("koski-katselija", Normaalikoulu), tuotu[1].Oid!);

        Assert.Equal(("2", "Suomi", "suomi"), (sivu!.Oppija.Sukupuoli, sivu.Oppija.Kansalaisuus, sivu.Oppija.Aidinkieli));
        Assert.Null(ilman!.Oppija.Kansalaisuus);
    }

    private static readonly DateTime KiinteaHetki = Testaus.KiinteaAika.Oletus.UtcDateTime;

    private static Kayttaja Rooli(string ryhma, string organisaatio) => HenkiloKanta.Rooli(ryhma, organisaatio);

    /// <summary>An official with "Oppijan tuonti" (and a pääkäyttäjä's role, to identify) in <paramref name="organisaatio"/>.</summary>
    private static Kayttaja Virkailija(string organisaatio) =>
        new(1, "virkailija", "Testi Virkailija",
        [
            new Rooli(Kayttooikeusryhma.OppijanTuonti, organisaatio, organisaatio),
            new Rooli(Kayttooikeusryhma.KoskiPaakayttaja, organisaatio, organisaatio),
        ], "1.2.246.562.24.80000000099");

    private static JsonObject Henkilo(string? hetu = null, string etunimet = "Aino Maria", string sukunimi = "Tuotu",
        string? syntymaaika = null, string? kansalaisuus = "246")
    {
        var h = new JsonObject { ["etunimet"] = etunimet, ["kutsumanimi"] = "Aino", ["sukunimi"] = sukunimi, ["sukupuoli"] = "2", ["aidinkieli"] = "fi" };
        if (hetu is not null) h["hetu"] = hetu;
        if (syntymaaika is not null) h["syntymaaika"] = syntymaaika;
        if (kansalaisuus is not null) h["kansalaisuus"] = kansalaisuus;
        return h;
    }

    private static JsonObject Runko(params (string Tunniste, JsonObject Henkilo)[] henkilot) => new()
    {
        ["henkilot"] = new JsonArray(henkilot.Select(h => (JsonNode)new JsonObject { ["tunniste"] = h.Tunniste, ["henkilo"] = h.Henkilo.DeepClone() }).ToArray()),
    };

    /// <summary>A valid hetu of a child born in 201x; each series <paramref name="sarja"/> has its own month and year.</summary>
    internal static string Hetu(int sarja, int i)
    {
        var alku = $"{1 + i % 28:00}{1 + sarja:00}1{sarja % 10}";
        var yksilo = 2 + i / 28;
        var numero = $"{alku}{yksilo:000}";
        var tarkiste = "0123456789ABCDEFHJKLMNPRSTUVWXY"[(int)(long.Parse(numero, CultureInfo.InvariantCulture) % 31)];
        return $"{alku}A{yksilo:000}{tarkiste}";
    }

    private sealed class TuontiKanta : IAsyncDisposable
    {
        private TuontiKanta(HenkiloKanta kanta, int enintaan)
        {
            Henkilot = kanta;
            var hakemisto = new OrganisaatioHakemisto(kanta.Tietokanta);
            var audit = new AuditLoki(kanta.Tietokanta, new EiAuditKontekstia(), kanta.Aika, NullLogger<AuditLoki>.Instance);
            var asetukset = new OppijoidenTuontiAsetukset { EnintaanOppijoita = enintaan, Erakoko = 64 };
            Palvelukayttajat = new Palvelukayttajat(kanta.Tietokanta, hakemisto, kanta.Aika, new PalvelukayttajanSalasana(), audit,
                NullLogger<Palvelukayttajat>.Instance);
            Palvelu = new OppijoidenTuontiPalvelu(kanta.Tietokanta, hakemisto, asetukset, kanta.Aika);
            Ajo = new OppijoidenTuontiAjo(kanta.Tietokanta, hakemisto, Palvelukayttajat, kanta.Kanta.Koodistot, audit, asetukset,
                kanta.Aika, NullLogger<OppijoidenTuontiAjo>.Instance);
        }

        public HenkiloKanta Henkilot { get; }
        public Tiedonsiirto.TiedonsiirtoKanta Kanta => Henkilot.Kanta;
        public Yksilointi Yksilointi => Henkilot.Yksilointi;
        public Palvelukayttajat Palvelukayttajat { get; }
        public OppijoidenTuontiPalvelu Palvelu { get; }
        public OppijoidenTuontiAjo Ajo { get; }

        public static async Task<TuontiKanta> LuoAsync(string tarjoaja = "Sqlite", int enintaan = 5000)
        {
            var kanta = await HenkiloKanta.LuoAsync(tarjoaja);
            await kanta.Kanta.TuoKoodistotAsync();
            return new TuontiKanta(kanta, enintaan);
        }

        /// <summary>A service account of <paramref name="organisaatio"/> (by default with the import right), as it acts.</summary>
        public async Task<Kayttaja> TuojaAsync(string tunnus = Tuoja, string organisaatio = Normaalikoulu, bool tuonti = true,
            bool vainLuku = false)
        {
            await using (var db = Kanta.Tietokanta.CreateDbContext())
            {
                if (!await db.Palvelukayttajat.AnyAsync(p => p.Tunnus == tunnus))
                {
                    db.Palvelukayttajat.Add(new Palvelukayttaja
                    {
                        Tunnus = tunnus, SalasanaHash = "-", OrganisaatioOid = organisaatio, OppijoidenTuonti = tuonti, VainLuku = vainLuku,
                    });
                    await db.SaveChangesAsync();
                }
            }
            return (await Palvelukayttajat.HaeAsync(tunnus))!;
        }

        /// <summary>Sends and processes a batch; its learners' results.</summary>
        public async Task<IReadOnlyList<TuonninHenkilo>> TuoAsync(params (string Tunniste, JsonObject Henkilo)[] henkilot)
        {
            var tuonti = await Palvelu.LisaaAsync(await TuojaAsync(), Runko(henkilot));
            Assert.True(await Ajo.AjaSeuraavaAsync("ajaja"));
            return (await Palvelu.HaeAsync(await TuojaAsync(), tuonti.Id)).Henkilot;
        }

        /// <summary>Learners already known by hetu.</summary>
        public async Task<IReadOnlyList<Oppija>> TunnetutAsync(int maara)
        {
            var oppijat = Enumerable.Range(0, maara).Select(i => new Oppija
            {
                Oid = $"1.2.246.562.24.{90000000000L + i}", Hetu = Hetu(1, i), Etunimet = "Tunnettu", Sukunimi = $"Oppija{i}",
            }).ToList();
            await using var db = Kanta.Tietokanta.CreateDbContext();
            db.Oppijat.AddRange(oppijat);
            await db.SaveChangesAsync();
            return oppijat;
        }

        public ValueTask DisposeAsync() => Henkilot.DisposeAsync();
    }
}
