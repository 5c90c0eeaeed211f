using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Tests.Organisaatiot;

public class OrganisaatioTuontiTests
{
    private const string JyvaskylanYliopisto = "1.2.246.562.10.77055527103";
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";
    private const string HelsinginKaupunki = "1.2.246.562.10.346830761110";
    private const string PasilanPeruskoulu = "1.2.246.562.10.23920811728";
    private const string NormaalikoulunAlakoulu = "1.2.246.562.10.13635400305";

    private static IReadOnlyList<Organisaatio> Hierarkia()
    {
        using var virta = File.OpenRead(Jaettu.Hierarkia);
        return OrganisaatioHierarkiaLukija.Lue(virta);
    }

    private static async Task<List<Organisaatio>> TallennetutAsync(TestiTietokanta tietokanta)
    {
        await using var db = tietokanta.CreateDbContext();
        return await db.Organisaatiot.AsNoTracking().OrderBy(o => o.Oid).ToListAsync();
    }

    private static object Arvot(Organisaatio o) =>
        (o.Oid, o.ParentOid, o.NimiFi, o.NimiSv, o.NimiEn, o.Tyypit, o.OppilaitosKoodi, o.Oppilaitostyyppi, o.Status, o.LakkautusPvm);

    [Fact]
    public async Task HierarkianKaikkiOrganisaatiotTallennetaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var tuonti = new OrganisaatioTuonti(tietokanta, new OrganisaatioHakemisto(tietokanta));

        var tulos = await tuonti.TuoAsync(Hierarkia());

        Assert.Equal(new OrganisaatioTuonninTulos(991, 0, 0), tulos);
        var tallennetut = await TallennetutAsync(tietokanta);
        Assert.Equal(991, tallennetut.Count);
        var normaalikoulu = tallennetut.Single(o => o.Oid == Normaalikoulu);
        Assert.Equal("Jyväskylän normaalikoulu", normaalikoulu.NimiFi);
        Assert.Equal(JyvaskylanYliopisto, normaalikoulu.ParentOid);
        Assert.Equal("02", normaalikoulu.Tyypit);
        Assert.Equal("00204", normaalikoulu.OppilaitosKoodi);
        Assert.Equal(Hierarkia().Select(Arvot).OrderBy(a => a.ToString()), tallennetut.Select(Arvot).OrderBy(a => a.ToString()));
    }

    [Fact]
    public async Task UusintatuontiEiMuutaMitaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var tuonti = new OrganisaatioTuonti(tietokanta, new OrganisaatioHakemisto(tietokanta));
        await tuonti.TuoAsync(Hierarkia());
        var ensimmainen = (await TallennetutAsync(tietokanta)).Select(Arvot).ToList();

        var tulos = await tuonti.TuoAsync(Hierarkia());

        Assert.Equal(new OrganisaatioTuonninTulos(0, 0, 991), tulos);
        Assert.Equal(ensimmainen, (await TallennetutAsync(tietokanta)).Select(Arvot).ToList());
    }

    [Fact]
    public async Task MuuttuneetTiedotPaivitetaanJaPuuLadataanUudelleen()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var hakemisto = new OrganisaatioHakemisto(tietokanta);
        var tuonti = new OrganisaatioTuonti(tietokanta, hakemisto);
        await tuonti.TuoAsync(Hierarkia());
        Assert.Equal("Jyväskylän normaalikoulu", (await hakemisto.PuuAsync()).Hae(Normaalikoulu)!.NimiFi);

        var muutettu = Hierarkia();
        var normaalikoulu = muutettu.Single(o => o.Oid == Normaalikoulu);
        normaalikoulu.NimiFi = "Jyväskylän yliopiston normaalikoulu";
        var alakoulu = muutettu.Single(o => o.Oid == NormaalikoulunAlakoulu);
        alakoulu.ParentOid = HelsinginKaupunki;
        var pasila = muutettu.Single(o => o.Oid == PasilanPeruskoulu);
        pasila.LakkautusPvm = new DateOnly(2026, 7, 31);
        pasila.Status = "PASSIIVINEN";

        var tulos = await tuonti.TuoAsync(muutettu);

        Assert.Equal(new OrganisaatioTuonninTulos(0, 3, 988), tulos);
        var tallennetut = await TallennetutAsync(tietokanta);
        Assert.Equal(991, tallennetut.Count);
        Assert.Equal("Jyväskylän yliopiston normaalikoulu", tallennetut.Single(o => o.Oid == Normaalikoulu).NimiFi);
        Assert.Equal(HelsinginKaupunki, tallennetut.Single(o => o.Oid == NormaalikoulunAlakoulu).ParentOid);
        var lakkautettu = tallennetut.Single(o => o.Oid == PasilanPeruskoulu);
        Assert.Equal(new DateOnly(2026, 7, 31), lakkautettu.LakkautusPvm);
        Assert.Equal("PASSIIVINEN", lakkautettu.Status);

        var puu = await hakemisto.PuuAsync();
        Assert.Equal("Jyväskylän yliopiston normaalikoulu", puu.Hae(Normaalikoulu)!.NimiFi);
        Assert.Contains(NormaalikoulunAlakoulu, puu.Alipuu(HelsinginKaupunki));
    }

    [Fact]
    public async Task UusiOrganisaatioLisataanJaTyypitPaivitetaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var tuonti = new OrganisaatioTuonti(tietokanta, new OrganisaatioHakemisto(tietokanta));
        await tuonti.TuoAsync([new Organisaatio { Oid = JyvaskylanYliopisto, ParentOid = Organisaatio.JuuriOid, NimiFi = "Jyväskylän yliopisto", Tyypit = "01" }]);

        var tulos = await tuonti.TuoAsync(
        [
            new Organisaatio { Oid = JyvaskylanYliopisto, ParentOid = Organisaatio.JuuriOid, NimiFi = "Jyväskylän yliopisto", Tyypit = "01,02" },
            new Organisaatio { Oid = Normaalikoulu, ParentOid = JyvaskylanYliopisto, NimiFi = "Jyväskylän normaalikoulu", Tyypit = "02" },
        ]);

        Assert.Equal(new OrganisaatioTuonninTulos(1, 1, 0), tulos);
        var tallennetut = await TallennetutAsync(tietokanta);
        Assert.Equal(new[] { (Normaalikoulu, "02"), (JyvaskylanYliopisto, "01,02") }, tallennetut.Select(o => (o.Oid, o.Tyypit)));
    }
}
