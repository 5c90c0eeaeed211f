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

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Istunto_paattyy_ajoissa_eika_poistettu_herahda_uusimalla(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        var istunnot = new Infrastructure.Istunnot.Istunnot(tietokanta);
        var nyt = KiinteaAika.Oletus;
        UusiIstunto Uusi(string tunniste, long virkailija) =>
            new(tunniste, virkailija, [1, 2, 3], nyt, nyt.AddMinutes(30), nyt.AddHours(8));
        await istunnot.LisaaAsync("avain-1", Uusi("sid-1", 1), nyt);
        await istunnot.LisaaAsync("avain-2", Uusi("sid-2", 1), nyt);
        await istunnot.LisaaAsync("avain-3", Uusi("sid-3", 2), nyt);

        Assert.Equal([1, 2, 3], (await istunnot.HaeAsync("avain-1", nyt.AddMinutes(29)))!.Tiketti);
        Assert.Null(await istunnot.HaeAsync("avain-1", nyt.AddMinutes(30)));
        // Gone for good: a later renewal (a request that was under way) does not bring it back.
        await istunnot.PaivitaAsync("avain-1", [4], nyt.AddMinutes(60));
        Assert.Null(await istunnot.HaeAsync("avain-1", nyt));

        Assert.True(await istunnot.OnVoimassaAsync("sid-2", nyt.AddMinutes(20), nyt.AddMinutes(20), TimeSpan.FromMinutes(30)));
        // Nothing left to move on (the same use again): still in force.
        Assert.True(await istunnot.OnVoimassaAsync("sid-2", nyt.AddMinutes(21), nyt.AddMinutes(20), TimeSpan.FromMinutes(30)));
        Assert.NotNull(await istunnot.HaeAsync("avain-2", nyt.AddMinutes(45)));
        Assert.Null(await istunnot.HaeAsync("avain-3", nyt.AddMinutes(45)));

        await istunnot.LisaaAsync("avain-4", Uusi("sid-4", 2), nyt.AddMinutes(40));
        Assert.Equal(1, await istunnot.PoistaVirkailijanAsync(1));
        Assert.Null(await istunnot.HaeAsync("avain-2", nyt));
        Assert.NotNull(await istunnot.HaeAsync("avain-4", nyt));
        await using var db = tietokanta.CreateDbContext();
        Assert.DoesNotContain("avain-4", await db.Istunnot.Select(i => i.Tiiviste).ToListAsync());
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
