using Koski.Virkailija.Infrastructure.Istunnot;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Infrastructure.Tests.Istunnot;

/// <summary>Session state that several instances share through the database, on both providers.</summary>
public sealed class IstunnotTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Toisen_instanssin_suojaama_tieto_aukeaa_yhteisilla_avaimilla(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using var eka = Instanssi(tietokanta);
        await using var toka = Instanssi(tietokanta);

        var suojattu = Suojaaja(eka).Protect("istuntoeväste");

        Assert.Equal("istuntoeväste", Suojaaja(toka).Unprotect(suojattu));
        await using var db = tietokanta.CreateDbContext();
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Vanhan_avainvaraston_tallentamalla_avaimella_suojattu_tieto_aukeaa(string tarjoaja)
    {
        // The app's own key store (until 2026-12) wrote each key ring element as a row (nimi, xml) of suojausavain.
        var kansio = Directory.CreateTempSubdirectory("koski-avaimet-");
        string suojattu;
        await using (var vanha = new ServiceCollection().AddLogging().AddDataProtection()
                         .SetApplicationName(IstuntoPalvelut.SovelluksenNimi).PersistKeysToFileSystem(kansio)
                         .Services.BuildServiceProvider())
            suojattu = Suojaaja(vanha).Protect("istuntoeväste");
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using (var db = tietokanta.CreateDbContext())
        {
            foreach (var tiedosto in kansio.GetFiles("*.xml"))
            {
                var xml = System.Xml.Linq.XElement.Load(tiedosto.FullName).ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO suojausavain (nimi, xml) VALUES ({Path.GetFileNameWithoutExtension(tiedosto.Name)}, {xml})");
            }
        }
        kansio.Delete(recursive: true);

        await using var uusi = Instanssi(tietokanta);

        Assert.Equal("istuntoeväste", Suojaaja(uusi).Unprotect(suojattu));
        await using var tarkistus = tietokanta.CreateDbContext();
        Assert.Single(await tarkistus.DataProtectionKeys.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Nonce_kelpaa_vain_kerran_samanaikaisissakin_yrityksissa(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        var noncet = new KaytetytNoncet(tietokanta, TimeProvider.System);
        var vanhenee = DateTimeOffset.UtcNow.AddMinutes(30);

        var tulokset = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => noncet.KaytaAsync("n-1", vanhenee))));

        Assert.Equal(1, tulokset.Count(t => t));
        Assert.True(await noncet.KaytaAsync("n-2", vanhenee));
    }

    [Fact]
    public async Task Vanhentuneet_noncet_siivotaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var nyt = new KiinteaAika();
        var noncet = new KaytetytNoncet(tietokanta, nyt);
        await noncet.KaytaAsync("vanha", nyt.GetUtcNow().AddMinutes(-1));

        await noncet.KaytaAsync("uusi", nyt.GetUtcNow().AddMinutes(30));

        await using var db = tietokanta.CreateDbContext();
        Assert.Single(await db.KaytetytNoncet.ToListAsync());
    }

    private static ServiceProvider Instanssi(TestiTietokanta tietokanta) =>
        new ServiceCollection()
            .AddLogging()
            .AddSingleton<IDbContextFactory<KoskiDbContext>>(tietokanta)
            .AddKoskiIstunnot()
            .BuildServiceProvider();

    private static IDataProtector Suojaaja(IServiceProvider palvelut) =>
        palvelut.GetRequiredService<IDataProtectionProvider>().CreateProtector("testi");
}
