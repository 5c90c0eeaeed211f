using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using KoodistoHaku = Koski.Virkailija.Application.Koodistot.Koodistot;

namespace Koski.Virkailija.Application.Tests.Koodistot;

public class KoodistoTuontiTests
{
    private static readonly string[] Tiedostot = Directory.GetFiles(Jaettu.Koodistot, "*.koodit.json");

    private static int KoodejaTiedostoissa => Tiedostot.Sum(t => KoodistoLukija.LueTiedosto(t).Count);

    [Fact]
    public async Task KaikkiKoodistotTuodaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var tuonti = new KoodistoTuonti(tietokanta, new KoodistoHaku(tietokanta));

        var tulos = await tuonti.TuoKansiostaAsync(Jaettu.Koodistot);

        Assert.Equal(160, Tiedostot.Length);
        Assert.Equal(new KoodistoTuonninTulos(160, KoodejaTiedostoissa, 0, 0), tulos);
        await using var db = tietokanta.CreateDbContext();
        Assert.Equal(KoodejaTiedostoissa, await db.Koodit.CountAsync());
        Assert.Equal(160, await db.Koodit.Select(k => k.KoodistoUri).Distinct().CountAsync());
        Assert.Equal(21, await db.Koodit.CountAsync(k => k.KoodistoUri == "opiskeluoikeudentyyppi"));
        var lasna = await db.Koodit.SingleAsync(k => k.KoodistoUri == "koskiopiskeluoikeudentila" && k.Koodiarvo == "lasna");
        Assert.Equal(("Läsnä", "Närvarande", "Present"), (lasna.NimiFi, lasna.NimiSv, lasna.NimiEn));
    }

    [Fact]
    public async Task UusintatuontiEiMuutaMitaanMuttaMuutettuNimiPaivitetaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var tuonti = new KoodistoTuonti(tietokanta, new KoodistoHaku(tietokanta));
        await tuonti.TuoKansiostaAsync(Jaettu.Koodistot);

        Assert.Equal(new KoodistoTuonninTulos(160, 0, 0, KoodejaTiedostoissa), await tuonti.TuoKansiostaAsync(Jaettu.Koodistot));

        var muutettu = new Koodi { KoodistoUri = "koskiopiskeluoikeudentila", Koodiarvo = "lasna", NimiFi = "Läsnäoleva", NimiSv = "Närvarande", NimiEn = "Present" };
        var uusi = new Koodi { KoodistoUri = "koskiopiskeluoikeudentila", Koodiarvo = "uusi", NimiFi = "Uusi tila" };
        Assert.Equal(new KoodistoTuonninTulos(1, 1, 1, 0), await tuonti.TuoAsync([muutettu, uusi]));
        await using var db = tietokanta.CreateDbContext();
        Assert.Equal("Läsnäoleva", (await db.Koodit.SingleAsync(k => k.KoodistoUri == "koskiopiskeluoikeudentila" && k.Koodiarvo == "lasna")).NimiFi);
        Assert.Equal(KoodejaTiedostoissa + 1, await db.Koodit.CountAsync());
    }
}
