using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Infrastructure.Alustus;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

public class DemoDataAjoTests
{
    /// <summary>Everything demo data writes, apart from database-generated ids.</summary>
    private static async Task<(List<string> Oppijat, List<string> Opiskeluoikeudet, List<string> Versiot, List<string> Virkailijat, List<string> Oikeudet, List<string> Organisaatiot)>
        SisaltoAsync(TestiTietokanta tietokanta)
    {
        await using var db = tietokanta.CreateDbContext();
        var virkailijat = await db.Virkailijat.AsNoTracking().ToDictionaryAsync(v => v.Id, v => v.Kayttajatunnus);
        return (
            (await db.Oppijat.AsNoTracking().ToListAsync()).Select(o => $"{o.Oid} {o.Hetu} {o.Etunimet} {o.Sukunimi} {o.Syntymaaika}").Order().ToList(),
            (await db.Opiskeluoikeudet.AsNoTracking().ToListAsync()).Select(o => $"{o.Oid} {o.OppijaOid} {o.Tyyppi} {o.Aikaleima:O} {o.Json}").Order().ToList(),
            (await db.OpiskeluoikeusVersiot.AsNoTracking().ToListAsync()).Select(v => $"{v.OpiskeluoikeusOid} {v.Tallentaja} {v.Json}").Order().ToList(),
            (await db.Virkailijat.AsNoTracking().ToListAsync()).Select(v => $"{v.Oid} {v.Kayttajatunnus} {v.Etunimet} {v.Sukunimi}").Order().ToList(),
            (await db.Kayttooikeudet.AsNoTracking().ToListAsync()).Select(k => $"{virkailijat[k.VirkailijaId]} {k.Ryhma} {k.OrganisaatioOid} {k.VoimassaAlkaen} {k.VoimassaAsti} {k.Tila}").Order().ToList(),
            (await db.Organisaatiot.AsNoTracking().ToListAsync()).Select(o => $"{o.Oid} {o.ParentOid} {o.NimiFi} {o.NimiSv} {o.Tyypit} {o.OppilaitosKoodi}").Order().ToList());
    }

    [Fact]
    public async Task ToinenAjoEiMuutaMitaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var demo = DemoKanta.DemoData(tietokanta);
        Assert.NotNull(await demo.AjaAsync());
        var ensimmainen = await SisaltoAsync(tietokanta);

        var toinen = await DemoKanta.DemoData(tietokanta, new KiinteaAika(KiinteaAika.Oletus.AddDays(3))).AjaAsync();

        Assert.Null(toinen);
        var jalkeen = await SisaltoAsync(tietokanta);
        Assert.Equal(ensimmainen.Oppijat, jalkeen.Oppijat);
        Assert.Equal(ensimmainen.Opiskeluoikeudet, jalkeen.Opiskeluoikeudet);
        Assert.Equal(ensimmainen.Versiot, jalkeen.Versiot);
        Assert.Equal(ensimmainen.Virkailijat, jalkeen.Virkailijat);
        Assert.Equal(ensimmainen.Oikeudet, jalkeen.Oikeudet);
        Assert.Equal(ensimmainen.Organisaatiot, jalkeen.Organisaatiot);
    }

    [Fact]
    public async Task KaksiTyhjaaKantaaSaavatSamanDatan()
    {
        await using var eka = await TestiTietokanta.SqliteAsync();
        await using var toka = await TestiTietokanta.SqliteAsync();

        await DemoKanta.DemoData(eka).AjaAsync();
        await DemoKanta.DemoData(toka).AjaAsync();

        var a = await SisaltoAsync(eka);
        var b = await SisaltoAsync(toka);
        Assert.Equal(a.Oppijat, b.Oppijat);
        Assert.Equal(a.Opiskeluoikeudet, b.Opiskeluoikeudet);
        Assert.Equal(a.Versiot, b.Versiot);
        Assert.Equal(a.Virkailijat, b.Virkailijat);
        Assert.Equal(a.Oikeudet, b.Oikeudet);
    }

    [Fact]
    public async Task VirkailijoidenKantaanEiKirjoitetaDemodataa()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        await using (var db = tietokanta.CreateDbContext())
        {
            db.Virkailijat.Add(new Domain.Kayttooikeudet.Virkailijahenkilo
            {
                Oid = "1.2.246.562.24.00000000001", Kayttajatunnus = "oikea", Etunimet = "Olli", Sukunimi = "Oikea",
            });
            await db.SaveChangesAsync();
        }

        Assert.Null(await DemoKanta.DemoData(tietokanta).AjaAsync());

        await using var luku = tietokanta.CreateDbContext();
        Assert.Equal((1, 0, 0, 0), (await luku.Virkailijat.CountAsync(), await luku.Oppijat.CountAsync(),
            await luku.Opiskeluoikeudet.CountAsync(), await luku.Organisaatiot.CountAsync()));
    }

    [Fact]
    public async Task OrganisaatiopalvelunTiedotSailyvat()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        IReadOnlyList<Organisaatio> hierarkia;
        await using (var virta = File.OpenRead(Jaettu.Hierarkia))
        {
            hierarkia = OrganisaatioHierarkiaLukija.Lue(virta);
        }
        await new OrganisaatioTuonti(tietokanta, new OrganisaatioHakemisto(tietokanta)).TuoAsync(hierarkia);

        var tulos = await DemoKanta.DemoData(tietokanta).AjaAsync();

        var puuttuneet = DemoOrganisaatiot.Kaikki.Count(d => hierarkia.All(o => o.Oid != d.Oid));
        Assert.Equal(puuttuneet, tulos!.OrganisaatioitaLisatty);
        await using var db = tietokanta.CreateDbContext();
        Assert.Equal(hierarkia.Count + puuttuneet, await db.Organisaatiot.CountAsync());
        var tallennetut = await db.Organisaatiot.AsNoTracking().ToDictionaryAsync(o => o.Oid);
        Assert.All(hierarkia, o => Assert.Equal(
            (o.ParentOid, o.NimiFi, o.NimiSv, o.NimiEn, o.Tyypit, o.OppilaitosKoodi, o.Oppilaitostyyppi),
            (tallennetut[o.Oid].ParentOid, tallennetut[o.Oid].NimiFi, tallennetut[o.Oid].NimiSv, tallennetut[o.Oid].NimiEn,
             tallennetut[o.Oid].Tyypit, tallennetut[o.Oid].OppilaitosKoodi, tallennetut[o.Oid].Oppilaitostyyppi)));
    }
}
