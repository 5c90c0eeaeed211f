using System.Text.Json.Nodes;
using Koski.Virkailija.Application;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

public class DemoDataTests(DemoKanta kanta) : IClassFixture<DemoKanta>
{
    private const string JyvaskylanYliopisto = "1.2.246.562.10.77055527103";
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";
    private const string HelsinginKaupunki = "1.2.246.562.10.346830761110";
    private const string VarsinaisSuomenAikuiskoulutussaatio = "1.2.246.562.10.44330177021";
    private const string VarsinaisSuomenKansanopisto = "1.2.246.562.10.31915273374";

    public static TheoryData<string, string, string> Virkailijat => new()
    {
        { "paakayttaja", "koski-paakayttaja", JyvaskylanYliopisto },
        { "tallentaja", "koski-tallentaja", Normaalikoulu },
        { "katselija", "koski-katselija", Normaalikoulu },
        { "katselija-suppea", "koski-katselija-suppea", Normaalikoulu },
        { "esiopetus-katselija", "koski-katselija-esiopetus", Normaalikoulu },
        { "esiopetus-tallentaja", "koski-tallentaja-esiopetus", Normaalikoulu },
        { "helsinki-tallentaja", "koski-tallentaja", HelsinginKaupunki },
        { "tpo-tallentaja", "koski-tallentaja-tpo-hankinta", VarsinaisSuomenKansanopisto },
        { "vastuukayttaja", "opintopolun-vastuukayttaja", JyvaskylanYliopisto },
        { "oph-paakayttaja", "oph-paakayttaja", Organisaatio.JuuriOid },
    };

    [Fact]
    public async Task VirkailijoitaOnKymmenenRoolillistaJaKaksiUuttaEriHenkiloOidein()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var virkailijat = await db.Virkailijat.ToListAsync();
        string[] uudet = ["uusi-virkailija", "uusi-virkailija-2"];
        Assert.Equal(Virkailijat.Select(r => (string)r[0]).Concat(uudet).Order(), virkailijat.Select(v => v.Kayttajatunnus).Order());
        Assert.Equal(12, virkailijat.Select(v => v.Oid).Distinct().Count());
        var uusienIdt = virkailijat.Where(v => uudet.Contains(v.Kayttajatunnus)).Select(v => v.Id).ToList();
        Assert.False(await db.Kayttooikeudet.AnyAsync(k => uusienIdt.Contains(k.VirkailijaId)));
        Assert.All(virkailijat, v => Assert.True(Domain.Oidit.OnHenkiloOid(v.Oid), v.Oid));
        Assert.All(virkailijat, v => Assert.False(string.IsNullOrWhiteSpace(v.Etunimet) || string.IsNullOrWhiteSpace(v.Sukunimi)));
        Assert.Equal(12, kanta.Tulos.Virkailijoita);
    }

    [Theory]
    [MemberData(nameof(Virkailijat))]
    public async Task VirkailijallaOnYksiMyonnettyRyhmaOrganisaatiossaan(string tunnus, string ryhma, string organisaatio)
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var virkailija = await db.Virkailijat.SingleAsync(v => v.Kayttajatunnus == tunnus);
        var oikeus = Assert.Single(await db.Kayttooikeudet.Where(k => k.VirkailijaId == virkailija.Id).ToListAsync());
        var tanaan = new KiinteaAika().Tanaan();
        Assert.Equal((ryhma, organisaatio, KayttooikeudenTila.MYONNETTY), (oikeus.Ryhma, oikeus.OrganisaatioOid, oikeus.Tila));
        Assert.Equal((tanaan.AddDays(-30), tanaan.AddYears(1)), (oikeus.VoimassaAlkaen, oikeus.VoimassaAsti));
        Assert.True(oikeus.OnVoimassa(tanaan));
        Assert.NotNull(await db.Organisaatiot.SingleOrDefaultAsync(o => o.Oid == organisaatio));
        // The group's own rule on where it may be granted holds for the demo grants too.
        var tyypit = (await db.Organisaatiot.SingleAsync(o => o.Oid == organisaatio)).TyyppiLista;
        Assert.Contains(tyypit, Kayttooikeusryhma.Hae(ryhma).SallitutOrganisaatiotyypit.Contains);
    }

    [Fact]
    public async Task OrganisaatiotOvatOikeillaPaikoillaan()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var puu = new OrganisaatioPuu(await db.Organisaatiot.AsNoTracking().ToListAsync());

        var oph = puu.Hae(Organisaatio.JuuriOid)!;
        Assert.Equal(("Opetushallitus", "05"), (oph.NimiFi, oph.Tyypit));
        Assert.Equal(("Jyväskylän yliopisto", Organisaatio.JuuriOid, "01"),
            (puu.Hae(JyvaskylanYliopisto)!.NimiFi, puu.Hae(JyvaskylanYliopisto)!.ParentOid, puu.Hae(JyvaskylanYliopisto)!.Tyypit));
        var normaalikoulu = puu.Hae(Normaalikoulu)!;
        Assert.Equal(("Jyväskylän normaalikoulu", JyvaskylanYliopisto, "02"), (normaalikoulu.NimiFi, normaalikoulu.ParentOid, normaalikoulu.Tyypit));
        Assert.Equal(2, puu.Lapset(Normaalikoulu).Count(o => o.OnTyyppia(OrganisaatioTyyppi.Toimipiste)));
        Assert.True(puu.Lapset(HelsinginKaupunki).Count(o => o.OnTyyppia(OrganisaatioTyyppi.Oppilaitos)) >= 3);
        Assert.True(puu.Lapset(HelsinginKaupunki).Count(o => o.OnTyyppia(OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka)) >= 2);
        Assert.Equal(VarsinaisSuomenAikuiskoulutussaatio, puu.Hae(VarsinaisSuomenKansanopisto)!.ParentOid);
        Assert.Equal("01", puu.Hae(VarsinaisSuomenAikuiskoulutussaatio)!.Tyypit);
        // Every organisation a study right names is known, so pages can show its name.
        var viitatut = await db.Opiskeluoikeudet.Select(o => o.OppilaitosOid).Union(db.Opiskeluoikeudet.Select(o => o.KoulutustoimijaOid!)).ToListAsync();
        Assert.All(viitatut, oid => Assert.NotNull(puu.Hae(oid)));
    }

    [Fact]
    public async Task OppijoillaOnValiditJaYksilollisetHetut()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var oppijat = await db.Oppijat.ToListAsync();

        Assert.Equal(300, oppijat.Count);
        Assert.Equal(300, kanta.Tulos.Oppijoita);
        Assert.All(oppijat, o =>
        {
            Assert.True(Hetu.OnValidi(o.Hetu), o.Hetu);
            Assert.Equal(Hetu.Syntymaaika(o.Hetu!), o.Syntymaaika);
            Assert.Equal($"{o.Sukunimi} {o.Etunimet}".ToLowerInvariant(), o.Hakunimi);
            Assert.True(Domain.Oidit.OnHenkiloOid(o.Oid), o.Oid);
        });
        Assert.Equal(300, oppijat.Select(o => o.Hetu).Distinct().Count());
        Assert.True(oppijat.Select(o => o.Sukunimi).Distinct().Count() > 20);
    }

    [Fact]
    public async Task OpiskeluoikeuksiaOnMontaaTyyppiaJaMolemmistaLahteista()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var rivit = await db.Opiskeluoikeudet.AsNoTracking().ToListAsync();

        Assert.Equal(kanta.Tulos.Opiskeluoikeuksia, rivit.Count);
        var tyypit = rivit.Select(r => r.Tyyppi).ToHashSet();
        Assert.True(tyypit.Count >= 5, string.Join(", ", tyypit));
        Assert.Superset(new HashSet<string> { "esiopetus", "perusopetus", "perusopetuksenlisaopetus", "taiteenperusopetus", "lukiokoulutus", "ammatillinenkoulutus" }, tyypit);
        Assert.Contains(rivit, r => r.Lahdejarjestelma is not null && r.LahdejarjestelmanId is not null);
        Assert.Contains(rivit, r => r.Lahdejarjestelma is null);
        Assert.True(rivit.Select(r => r.Lahdejarjestelma).OfType<string>().Distinct().Count() >= 2);
        // Editable in the UI by the demo tallentaja (their oppilaitos, no source system), and some for each esiopetus role.
        Assert.Contains(rivit, r => r.OppilaitosOid == Normaalikoulu && r.Tyyppi == "perusopetus" && r.Lahdejarjestelma is null);
        Assert.Contains(rivit, r => r.OppilaitosOid == Normaalikoulu && r.Tyyppi == "esiopetus" && r.Lahdejarjestelma is null);
        Assert.Contains(rivit, r => r.Tila == "valmistunut");
        Assert.Contains(rivit, r => r.Tila == "eronnut");
        Assert.All(rivit, r => Assert.Equal(1, r.Versionumero));
    }

    [Fact]
    public async Task JokaisellaOpiskeluoikeudellaOnVersioJaTallentaja()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var rivit = await db.Opiskeluoikeudet.AsNoTracking().ToDictionaryAsync(r => r.Oid);
        var versiot = await db.OpiskeluoikeusVersiot.AsNoTracking().ToListAsync();
        var virkailijat = (await db.Virkailijat.Select(v => v.Kayttajatunnus).ToListAsync()).ToHashSet();

        Assert.Equal(rivit.Keys.Order(), versiot.Select(v => v.OpiskeluoikeusOid).Order());
        Assert.All(versiot, v =>
        {
            var rivi = rivit[v.OpiskeluoikeusOid];
            Assert.Equal(rivi.Json, v.Json);
            Assert.Equal(rivi.Lahdejarjestelma, v.Lahdejarjestelma);
            // UI-created ones are saved by a demo official, the others by their source system.
            if (rivi.Lahdejarjestelma is null) Assert.Contains(v.Tallentaja, virkailijat);
            else Assert.Equal(rivi.Lahdejarjestelma, v.Tallentaja);
        });
    }

    [Fact]
    public async Task OsassaOnErityisiaHenkilotietoja()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var rivit = await db.Opiskeluoikeudet.AsNoTracking().ToListAsync();
        var arkaluonteiset = ArkaluonteisetLisatiedot();

        bool Arkaluonteinen(string json) =>
            JsonNode.Parse(json)!["lisätiedot"] is JsonObject lisatiedot && lisatiedot.Any(p => arkaluonteiset.Contains(p.Key));

        var perusopetus = rivit.Where(r => r.Tyyppi == "perusopetus").ToList();
        Assert.Contains(perusopetus, r => Arkaluonteinen(r.Json));
        Assert.Contains(perusopetus, r => !Arkaluonteinen(r.Json));
        Assert.Contains(rivit, r => r.Tyyppi == "esiopetus" && Arkaluonteinen(r.Json));
        Assert.Contains(rivit, r => r.Tyyppi == "ammatillinenkoulutus" && Arkaluonteinen(r.Json));
        var lisatiedot = rivit.Select(r => JsonNode.Parse(r.Json)!["lisätiedot"]).OfType<JsonObject>().SelectMany(l => l.Select(p => p.Key)).ToHashSet();
        Assert.Superset(new HashSet<string> { "pidennettyOppivelvollisuus", "erityisenTuenPäätökset", "vammainen", "tehostetunTuenPäätökset" }, lisatiedot);
        Assert.Contains(perusopetus, r => r.Json.Contains("\"jääLuokalle\":true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PerusopetuksessaOnVuosiluokat()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var perusopetus = await db.Opiskeluoikeudet.Where(r => r.Tyyppi == "perusopetus").Select(r => r.Json).ToListAsync();

        var suoritustyypit = perusopetus
            .Select(j => JsonNode.Parse(j)!["suoritukset"]!.AsArray().Select(s => s!["tyyppi"]!["koodiarvo"]!.GetValue<string>()).ToList())
            .ToList();
        Assert.All(suoritustyypit, t => Assert.Contains("perusopetuksenvuosiluokka", t));
        Assert.Contains(suoritustyypit, t => t.Count(s => s == "perusopetuksenvuosiluokka") >= 9 && t.Contains("perusopetuksenoppimaara"));
    }

    [Fact]
    public async Task HankittuTaiteenperusopetusOnKansanopistossaHelsinginKoulutustoimijana()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var tpo = await db.Opiskeluoikeudet.AsNoTracking().Where(r => r.Tyyppi == "taiteenperusopetus").ToListAsync();

        var hankitut = tpo.Where(r => r.KoulutustoimijaOid == HelsinginKaupunki).ToList();
        Assert.NotEmpty(hankitut);
        Assert.All(hankitut, r =>
        {
            Assert.Equal(VarsinaisSuomenKansanopisto, r.OppilaitosOid);
            Assert.Null(r.Lahdejarjestelma);
            Assert.Equal("hankintakoulutus", JsonNode.Parse(r.Json)!["koulutuksenToteutustapa"]!["koodiarvo"]!.GetValue<string>());
        });
        Assert.Contains(tpo, r => r.KoulutustoimijaOid == VarsinaisSuomenAikuiskoulutussaatio);
    }

    private static HashSet<string> ArkaluonteisetLisatiedot() =>
        File.ReadLines(Jaettu.ArkaluonteisetKentat)
            .Where(r => !r.StartsWith('#') && !r.StartsWith("class_or_field", StringComparison.Ordinal))
            .Select(r => r.Split('\t')[0].Split('.'))
            .Where(s => s.Length == 2 && s[0].EndsWith("OpiskeluoikeudenLisätiedot", StringComparison.Ordinal))
            .Select(s => s[1])
            .ToHashSet();
}
