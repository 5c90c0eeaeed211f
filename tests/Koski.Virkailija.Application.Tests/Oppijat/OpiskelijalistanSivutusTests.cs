using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Oppijat;

/// <summary>
/// Keyset paging of the student list on both databases: walking forwards page by page (after each page's last row)
/// and backwards from the end (before each page's first row) gives every visible study right once, in the one order,
/// for every sort and direction, with names and dates repeated and missing; a renamed learner's study rights move.
/// </summary>
public sealed class OpiskelijalistanSivutusTests
{
    private const string Toimija = "1.2.246.562.10.10000000001", A1 = "1.2.246.562.10.20000000011", A2 = "1.2.246.562.10.20000000012";
    private const string Muu = "1.2.246.562.10.10000000002", M1 = "1.2.246.562.10.20000000021";

    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    private static async Task<(TestiTietokanta, Opiskelijalista, List<Opiskeluoikeus>)> LuoAsync(string tarjoaja)
    {
        var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        var satunnainen = new Random(7);
        var oikeudet = new List<Opiskeluoikeus>();
        await using (var db = tietokanta.CreateDbContext())
        {
            db.Organisaatiot.AddRange(
                new Organisaatio { Oid = Organisaatio.JuuriOid, NimiFi = "Opetushallitus", Tyypit = "05" },
                new Organisaatio { Oid = Toimija, ParentOid = Organisaatio.JuuriOid, NimiFi = "Kunta", Tyypit = "01" },
                new Organisaatio { Oid = A1, ParentOid = Toimija, NimiFi = "Koulu B", Tyypit = "02" },
                new Organisaatio { Oid = A2, ParentOid = Toimija, NimiFi = "Koulu A", Tyypit = "02" },
                new Organisaatio { Oid = Muu, ParentOid = Organisaatio.JuuriOid, NimiFi = "Muu kunta", Tyypit = "01" },
                new Organisaatio { Oid = M1, ParentOid = Muu, NimiFi = "Muu koulu", Tyypit = "02" });
            string[] sukunimet = ["Korhonen", "Virtanen", "Mäkinen", "Ähtäri", "Laine"];
            for (var i = 0; i < 60; i++)
            {
                // Few names, so many rows share a name and only the oid orders them.
                var oppija = new Oppija
                {
                    Oid = $"1.2.246.562.24.{10_000_000_000L + i}", Etunimet = i % 3 == 0 ? "Aino" : "Eino",
                    Sukunimi = sukunimet[satunnainen.Next(sukunimet.Length)],
                };
                oppija.PaivitaHakunimi();
                db.Oppijat.Add(oppija);
                for (var k = 0; k < 1 + i % 3; k++)
                {
                    var alku = satunnainen.Next(4) == 0 ? (DateOnly?)null : new DateOnly(2020, 8, 1).AddDays(satunnainen.Next(3) * 7);
                    oikeudet.Add(new Opiskeluoikeus
                    {
                        Oid = $"1.2.246.562.15.{10_000_000_000L + oikeudet.Count}", OppijaOid = oppija.Oid,
                        Tyyppi = satunnainen.Next(2) == 0 ? "perusopetus" : "lukiokoulutus",
                        OppilaitosOid = satunnainen.Next(5) switch { 0 => M1, 1 or 2 => A1, _ => A2 },
                        KoulutustoimijaOid = Toimija, Alkamispaiva = alku, Paattymispaiva = alku?.AddYears(satunnainen.Next(2)),
                        Tila = satunnainen.Next(3) == 0 ? null : "lasna", Luokka = satunnainen.Next(3) == 0 ? null : $"{satunnainen.Next(1, 3)}A",
                        Mitatoity = satunnainen.Next(20) == 0, Json = "{}",
                    });
                }
            }
            db.Opiskeluoikeudet.AddRange(oikeudet);
            await db.SaveChangesAsync();
        }
        var organisaatiot = new OrganisaatioHakemisto(tietokanta);
        var audit = new AuditLoki(tietokanta, new EiAuditKontekstia(), new KiinteaAika(), NullLogger<AuditLoki>.Instance);
        return (tietokanta, new Opiskelijalista(tietokanta, organisaatiot, new Application.Koodistot.Koodistot(tietokanta), audit), oikeudet);
    }

    private static readonly Kayttaja Katselija = new(1, "k", "K", [new Rooli(Kayttooikeusryhma.KoskiKatselija, Toimija, "Kunta")]);

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Sivu_sivulta_eteen_ja_taakse_jokainen_rivi_kerran_samassa_jarjestyksessa(string tarjoaja)
    {
        var (tietokanta, lista, oikeudet) = await LuoAsync(tarjoaja);
        await using var _ = tietokanta;
        var nakyvat = oikeudet.Where(o => !o.Mitatoity && o.OppilaitosOid != M1).Select(o => o.Oid).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(nakyvat.Count, 60, Opiskelijalista.SuurinSivu);

        foreach (var jarjestys in Enum.GetValues<OpiskelijalistanJarjestys>())
            foreach (var laskeva in new[] { false, true })
            {
                var kysely = new OpiskelijalistanKysely { Jarjestys = jarjestys, Laskeva = laskeva, Koko = 7 };
                var kerralla = (await lista.HaeAsync(Katselija, kysely with { Koko = Opiskelijalista.SuurinSivu })).Rivit.Select(r => r.OpiskeluoikeusOid).ToList();

                var eteen = new List<string>();
                var sivu = await lista.HaeAsync(Katselija, kysely);
                Assert.Equal(nakyvat.Count, sivu.Yhteensa);
                while (sivu.Rivit.Count > 0)
                {
                    eteen.AddRange(sivu.Rivit.Select(r => r.OpiskeluoikeusOid));
                    sivu = await lista.HaeAsync(Katselija, kysely with { Jalkeen = sivu.Loppu, Laske = false });
                    Assert.Equal(-1, sivu.Yhteensa);
                }

                var taakse = new List<string>();
                sivu = await lista.HaeAsync(Katselija, kysely with { Lopusta = true });
                while (sivu.Rivit.Count > 0)
                {
                    taakse.InsertRange(0, sivu.Rivit.Select(r => r.OpiskeluoikeusOid));
                    sivu = await lista.HaeAsync(Katselija, kysely with { Ennen = sivu.Alku });
                }

                var nimi = $"{tarjoaja} {jarjestys} {(laskeva ? "laskeva" : "nouseva")}";
                Assert.True(kerralla.SequenceEqual(eteen), $"{nimi}: eteenpäin sivuttaen eri järjestys kuin kerralla");
                Assert.True(kerralla.SequenceEqual(taakse), $"{nimi}: taaksepäin sivuttaen eri järjestys kuin kerralla");
                Assert.Equal(nakyvat, eteen.Order(StringComparer.Ordinal));
            }
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Jarjestys_on_sarakkeen_nimen_ja_oidin_mukainen(string tarjoaja)
    {
        var (tietokanta, lista, oikeudet) = await LuoAsync(tarjoaja);
        await using var _ = tietokanta;
        var rivit = (await lista.HaeAsync(Katselija, new OpiskelijalistanKysely
        { Jarjestys = OpiskelijalistanJarjestys.Alkamispaiva, Koko = Opiskelijalista.SuurinSivu })).Rivit;
        await using var db = tietokanta.CreateDbContext();
        var hakunimet = await db.Oppijat.ToDictionaryAsync(o => o.Oid, o => o.Hakunimi);
        var odotettu = rivit.OrderBy(r => r.Alkamispaiva ?? DateOnly.MinValue).ThenBy(r => hakunimet[r.OppijaOid], StringComparer.Ordinal)
            .Select(r => r.Alkamispaiva).ToList();
        Assert.Equal(odotettu, rivit.Select(r => r.Alkamispaiva));
        Assert.Contains(rivit, r => r.Alkamispaiva is null);

        var nimittain = (await lista.HaeAsync(Katselija, new OpiskelijalistanKysely { Koko = Opiskelijalista.SuurinSivu })).Rivit
            .Select(r => hakunimet[r.OppijaOid]).ToList();
        Assert.Equal(nimittain.Order(StringComparer.Ordinal), nimittain);
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Oppijan_nimen_muutos_siirtaa_opiskeluoikeudet_listassa(string tarjoaja)
    {
        var (tietokanta, lista, oikeudet) = await LuoAsync(tarjoaja);
        await using var _ = tietokanta;
        var viimeinen = (await lista.HaeAsync(Katselija, new OpiskelijalistanKysely { Laskeva = true, Koko = 1 })).Rivit.Single();

        await using (var db = tietokanta.CreateDbContext())
        {
            var oppija = await db.Oppijat.SingleAsync(o => o.Oid == viimeinen.OppijaOid);
            oppija.Sukunimi = "Aaltonen";
            oppija.PaivitaHakunimi();
            await db.SaveChangesAsync();
        }

        await using (var db = tietokanta.CreateDbContext())
        {
            var nimet = await db.Opiskeluoikeudet.Where(o => o.OppijaOid == viimeinen.OppijaOid).Select(o => o.OppijanHakunimi).ToListAsync();
            Assert.Equal(oikeudet.Count(o => o.OppijaOid == viimeinen.OppijaOid), nimet.Count);
            Assert.All(nimet, n => Assert.StartsWith("aaltonen ", n));
        }
        var ensimmainen = (await lista.HaeAsync(Katselija, new OpiskelijalistanKysely { Koko = 1 })).Rivit.Single();
        Assert.Equal(viimeinen.OppijaOid, ensimmainen.OppijaOid);
        Assert.StartsWith("Aaltonen, ", ensimmainen.Nimi);
    }
}

/// <summary>Every study right the app saved (demo data, KOSKI's examples through the transfer) carries its learner's sort name.</summary>
[Collection(OppijaKokoelma.Nimi)]
public sealed class LajittelunimiTests(OppijaKanta kanta)
{
    [Fact]
    public async Task Tallennettu_opiskeluoikeus_saa_oppijan_lajittelunimen()
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        var parit = await (from o in db.Opiskeluoikeudet
                           join h in db.Oppijat on o.OppijaOid equals h.Oid
                           select new { o.OppijanHakunimi, h.Hakunimi }).ToListAsync();
        Assert.True(parit.Count > 30);
        Assert.All(parit, p => Assert.Equal(p.Hakunimi, p.OppijanHakunimi));
    }
}
