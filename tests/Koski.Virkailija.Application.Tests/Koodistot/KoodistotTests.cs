using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using KoodistoHaku = Koski.Virkailija.Application.Koodistot.Koodistot;

namespace Koski.Virkailija.Application.Tests.Koodistot;

public class KoodistotTests
{
    private static async Task<(TestiTietokanta, KoodistoHaku, KoodistoTuonti)> TuodutAsync()
    {
        var tietokanta = await TestiTietokanta.SqliteAsync();
        var koodistot = new KoodistoHaku(tietokanta);
        var tuonti = new KoodistoTuonti(tietokanta, koodistot);
        await tuonti.TuoKansiostaAsync(Jaettu.Koodistot);
        return (tietokanta, koodistot, tuonti);
    }

    [Fact]
    public async Task NimiSuomeksiTaiKoodiarvoKunKoodiaEiTunneta()
    {
        var (tietokanta, koodistot, _) = await TuodutAsync();
        await using var _t = tietokanta;

        Assert.Equal("Läsnä", await koodistot.NimiAsync("koskiopiskeluoikeudentila", "lasna"));
        Assert.Equal("Esiopetus", await koodistot.NimiAsync("opiskeluoikeudentyyppi", "esiopetus"));
        Assert.Equal("tuntematon", await koodistot.NimiAsync("koskiopiskeluoikeudentila", "tuntematon"));
        Assert.Equal("x", await koodistot.NimiAsync("eiolemassa", "x"));
        Assert.Equal("Utskriven", await koodistot.NimiAsync("koskiopiskeluoikeudentila", "eronnut", "sv"));
        Assert.Equal("Eronnut", await koodistot.NimiAsync("koskiopiskeluoikeudentila", "eronnut", "fi"));
        Assert.Equal("x", await koodistot.NimiAsync("eiolemassa", "x", "sv"));
        Assert.Equal(21, (await koodistot.KoodistoAsync("opiskeluoikeudentyyppi")).Count);
    }

    [Fact]
    public async Task KoodistoLuetaanKerranJaTuontiTyhjentaaValimuistin()
    {
        var (tietokanta, koodistot, tuonti) = await TuodutAsync();
        await using var _t = tietokanta;
        Assert.Equal("Läsnä", await koodistot.NimiAsync("koskiopiskeluoikeudentila", "lasna"));

        await using (var db = tietokanta.CreateDbContext())
        {
            var lasna = await db.Koodit.SingleAsync(k => k.KoodistoUri == "koskiopiskeluoikeudentila" && k.Koodiarvo == "lasna");
            lasna.NimiFi = "Muutettu suoraan";
            await db.SaveChangesAsync();
        }
        Assert.Equal("Läsnä", await koodistot.NimiAsync("koskiopiskeluoikeudentila", "lasna"));

        await tuonti.TuoAsync([new Koodi { KoodistoUri = "koskiopiskeluoikeudentila", Koodiarvo = "lasna", NimiFi = "Tuotu nimi" }]);
        Assert.Equal("Tuotu nimi", await koodistot.NimiAsync("koskiopiskeluoikeudentila", "lasna"));
    }

    [Fact]
    public async Task RinnakkaisetHautLukevatSamanKoodiston()
    {
        var (tietokanta, koodistot, _) = await TuodutAsync();
        await using var _t = tietokanta;

        var nimet = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => koodistot.NimiAsync("suorituksentyyppi", "perusopetuksenvuosiluokka")));

        Assert.All(nimet, n => Assert.Equal(nimet[0], n));
        Assert.NotEqual("perusopetuksenvuosiluokka", nimet[0]);
    }
}
