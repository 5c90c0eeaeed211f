using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Kayttajat;

/// <summary>Issue 8: the first sign-in creates the official by the provider's subject, with no roles.</summary>
public sealed class KirjautumisetTests : IAsyncLifetime
{
    private TestiTietokanta tietokanta = default!;
    private Kirjautumiset kirjautumiset = default!;

    public async Task InitializeAsync()
    {
        tietokanta = await TestiTietokanta.SqliteAsync();
        var aika = new KiinteaAika();
        kirjautumiset = new Kirjautumiset(tietokanta, new KayttajaPalvelu(tietokanta, new OrganisaatioHakemisto(tietokanta), aika),
            new AuditLoki(tietokanta, new EiAuditKontekstia(), aika, NullLogger<AuditLoki>.Instance));
    }

    public async Task DisposeAsync() => await tietokanta.DisposeAsync();

    [Fact]
    public async Task Ensimmainen_kirjautuminen_luo_virkailijan_ilman_rooleja_ja_kirjaa_luonnin()
    {
        var kayttaja = await kirjautumiset.TunnistaAsync(new("aihe-1", "Oona Maria", "Tunnistettu", "oona@esimerkki.fi", "oona"));

        Assert.Equal("Oona Maria Tunnistettu", kayttaja.Nimi);
        Assert.Equal("oona", kayttaja.Tunnus);
        Assert.Empty(kayttaja.Roolit);
        await using var db = tietokanta.CreateDbContext();
        var virkailija = await db.Virkailijat.SingleAsync();
        Assert.Equal("aihe-1", virkailija.OidcSubject);
        Assert.Equal("oona@esimerkki.fi", virkailija.Sahkoposti);
        Assert.True(Domain.Oidit.OnHenkiloOid(virkailija.Oid));
        Assert.Empty(await db.Kayttooikeudet.ToListAsync());
        var merkinta = await db.AuditLoki.SingleAsync();
        Assert.Equal(("VIRKAILIJA_LUONTI", virkailija.Oid), (merkinta.Operaatio, merkinta.Kayttaja));
    }

    [Fact]
    public async Task Seuraava_kirjautuminen_loytaa_saman_virkailijan_ja_sille_myonnetyt_roolit()
    {
        var eka = await kirjautumiset.TunnistaAsync(new("aihe-1", "Oona", "Tunnistettu", "oona@esimerkki.fi", "oona"));
        await using (var db = tietokanta.CreateDbContext())
        {
            db.Kayttooikeudet.Add(new Kayttooikeus
            {
                VirkailijaId = eka.VirkailijaId!.Value, Ryhma = Kayttooikeusryhma.KoskiTallentaja.Tunniste,
                OrganisaatioOid = "1.2.246.562.10.14613773812", Tila = KayttooikeudenTila.MYONNETTY,
                VoimassaAlkaen = new DateOnly(2026, 1, 1), VoimassaAsti = new DateOnly(2027, 1, 1),
            });
            await db.SaveChangesAsync();
        }

        // The provider now gives a new surname and another e-mail address.
        var toka = await kirjautumiset.TunnistaAsync(new("aihe-1", "Oona", "Uusinimi", "toinen@esimerkki.fi", "oona"));

        Assert.Equal(eka.VirkailijaId, toka.VirkailijaId);
        Assert.Equal([Kayttooikeusryhma.KoskiTallentaja], toka.Roolit.Select(r => r.Ryhma));
        Assert.Equal("Oona Uusinimi", toka.Nimi);
        await using var tarkistus = tietokanta.CreateDbContext();
        // The address is the official's own to change (Omat tiedot); a sign-in does not overwrite it.
        Assert.Equal("oona@esimerkki.fi", (await tarkistus.Virkailijat.SingleAsync()).Sahkoposti);
    }

    [Fact]
    public async Task Varattu_kayttajatunnus_ja_kelvoton_sahkoposti_eivat_esta_kirjautumista()
    {
        var eka = await kirjautumiset.TunnistaAsync(new("aihe-1", "Oona", "Tunnistettu", null, "oona"));
        var toka = await kirjautumiset.TunnistaAsync(new("aihe-2", "Olli", "Toinen", "ei-osoite", "oona"));

        Assert.NotEqual(eka.Tunnus, toka.Tunnus);
        Assert.NotEqual(eka.VirkailijaId, toka.VirkailijaId);
        await using var db = tietokanta.CreateDbContext();
        Assert.Null((await db.Virkailijat.SingleAsync(v => v.OidcSubject == "aihe-2")).Sahkoposti);
    }
}
