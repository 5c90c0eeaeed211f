using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Infrastructure.Alustus;
using Koski.Virkailija.Testaus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tests.Alustus;

public class PalvelukayttajaSeedTests
{
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";
    private const string Yliopisto = "1.2.246.562.10.77055527103";

    private static PalvelukayttajaAsetus Asetus(string salasana = "Salainen-1", string organisaatio = Normaalikoulu) =>
        new() { Tunnus = "primus-normaalikoulu", Salasana = salasana, Organisaatio = organisaatio };

    private static async Task<Palvelukayttaja> TallennettuAsync(TestiTietokanta tietokanta)
    {
        await using var db = tietokanta.CreateDbContext();
        return await db.Palvelukayttajat.AsNoTracking().SingleAsync();
    }

    private static bool Kelpaa(Palvelukayttaja kayttaja, string salasana) =>
        new PasswordHasher<Palvelukayttaja>().VerifyHashedPassword(kayttaja, kayttaja.SalasanaHash, salasana)
        != PasswordVerificationResult.Failed;

    [Fact]
    public async Task SalasanaTallennetaanVainTiivisteena()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();

        var tulos = await new PalvelukayttajaSeed(tietokanta).AjaAsync([Asetus()]);

        Assert.Equal(new PalvelukayttajienTulos(1, 0, 0), tulos);
        var kayttaja = await TallennettuAsync(tietokanta);
        Assert.Equal(("primus-normaalikoulu", Normaalikoulu, true), (kayttaja.Tunnus, kayttaja.OrganisaatioOid, kayttaja.Aktiivinen));
        Assert.DoesNotContain("Salainen-1", kayttaja.SalasanaHash, StringComparison.Ordinal);
        Assert.True(Kelpaa(kayttaja, "Salainen-1"));
        Assert.False(Kelpaa(kayttaja, "Salainen-2"));
    }

    [Fact]
    public async Task UusintaEiMuutaJaMuutosPaivitetaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var seed = new PalvelukayttajaSeed(tietokanta);
        await seed.AjaAsync([Asetus()]);
        var ensimmainen = await TallennettuAsync(tietokanta);

        Assert.Equal(new PalvelukayttajienTulos(0, 0, 1), await seed.AjaAsync([Asetus()]));
        Assert.Equal(ensimmainen.SalasanaHash, (await TallennettuAsync(tietokanta)).SalasanaHash);

        Assert.Equal(new PalvelukayttajienTulos(0, 1, 0), await seed.AjaAsync([Asetus("Uusi-salasana", Yliopisto)]));
        var muutettu = await TallennettuAsync(tietokanta);
        Assert.Equal((ensimmainen.Id, Yliopisto), (muutettu.Id, muutettu.OrganisaatioOid));
        Assert.True(Kelpaa(muutettu, "Uusi-salasana"));
        Assert.False(Kelpaa(muutettu, "Salainen-1"));
    }

    [Theory]
    [InlineData("", "salasana", Normaalikoulu)]
    [InlineData("tunnus", "", Normaalikoulu)]
    [InlineData("tunnus", "salasana", "1.2.246.562.24.00000000001")]
    public async Task PuutteellinenAsetusHylataanEikaMitaanTallenneta(string tunnus, string salasana, string organisaatio)
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var asetukset = new[] { Asetus(), new PalvelukayttajaAsetus { Tunnus = tunnus, Salasana = salasana, Organisaatio = organisaatio } };

        await Assert.ThrowsAsync<InvalidOperationException>(() => new PalvelukayttajaSeed(tietokanta).AjaAsync(asetukset));

        await using var db = tietokanta.CreateDbContext();
        Assert.Equal(0, await db.Palvelukayttajat.CountAsync());
    }
}
