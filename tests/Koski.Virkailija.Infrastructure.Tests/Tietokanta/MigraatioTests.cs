using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tests.Tietokanta;

/// <summary>The generated migrations, on their own, against a SQLite file and a real PostgreSQL server.</summary>
public sealed class MigraatioTests
{
    public static TheoryData<string> Tarjoajat => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Tyhja_tietokanta_saa_koko_rakenteen_ja_jokainen_mallin_sarake_on_olemassa(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using var db = tietokanta.CreateDbContext();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // Reading every entity selects every mapped column: a column the migration lacks fails here.
        await db.Organisaatiot.ToListAsync();
        await db.Oppijat.ToListAsync();
        await db.Opiskeluoikeudet.ToListAsync();
        await db.OpiskeluoikeusVersiot.ToListAsync();
        await db.Koodit.ToListAsync();
        await db.Virkailijat.ToListAsync();
        await db.Kayttooikeudet.ToListAsync();
        await db.Palvelukayttajat.ToListAsync();
        await db.AuditLoki.ToListAsync();
        await db.DataProtectionKeys.ToListAsync();
        await db.KaytetytNoncet.ToListAsync();
        await db.Kayttooikeusanomukset.ToListAsync();
        await db.KayttooikeusHistoria.ToListAsync();
        await db.Istunnot.ToListAsync();
        await db.Massaluovutukset.ToListAsync();
        await db.MassaluovutuksenTiedostot.ToListAsync();
        await db.OppijoidenYhdistamiset.ToListAsync();
        await db.Kirjautumisyritykset.ToListAsync();
        Assert.Equal(22, db.Model.GetEntityTypes().Count());
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Migraation_uudelleenajo_ei_muuta_mitaan(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using (var db = tietokanta.CreateDbContext())
        {
            db.Organisaatiot.Add(new() { Oid = "1.2.246.562.10.77055527103", NimiFi = "Jyväskylän yliopisto", Tyypit = "01" });
            await db.SaveChangesAsync();
        }
        await tietokanta.MigroiAsync();
        await using (var db = tietokanta.CreateDbContext())
        {
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            Assert.Equal("Jyväskylän yliopisto", (await db.Organisaatiot.SingleAsync()).NimiFi);
        }
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Opiskeluoikeuden_versionumero_estaa_samanaikaisen_ylikirjoituksen(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using (var db = tietokanta.CreateDbContext())
        {
            db.Oppijat.Add(new() { Oid = "1.2.246.562.24.00000000001", Etunimet = "Aino", Sukunimi = "Koululainen" });
            db.Opiskeluoikeudet.Add(new()
            {
                Oid = "1.2.246.562.15.00000000001", OppijaOid = "1.2.246.562.24.00000000001", Versionumero = 1,
                Tyyppi = "perusopetus", OppilaitosOid = "1.2.246.562.10.14613773812", Json = "{}",
            });
            await db.SaveChangesAsync();
        }
        await using var eka = tietokanta.CreateDbContext();
        await using var toka = tietokanta.CreateDbContext();
        var a = await eka.Opiskeluoikeudet.SingleAsync();
        var b = await toka.Opiskeluoikeudet.SingleAsync();
        a.Versionumero = 2;
        await eka.SaveChangesAsync();
        b.Versionumero = 2;
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => toka.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Hetu_on_yksilollinen(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using var db = tietokanta.CreateDbContext();
        db.Oppijat.Add(new() { Oid = "1.2.246.562.24.00000000001", Hetu = "010101-123N", Etunimet = "A", Sukunimi = "B" });
        db.Oppijat.Add(new() { Oid = "1.2.246.562.24.00000000002", Hetu = "010101-123N", Etunimet = "C", Sukunimi = "D" });
        await Assert.ThrowsAsync<YksiloivaAvainVarattu>(() => db.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Tarjoajat))]
    public async Task Samaa_voimassa_olevaa_kayttooikeutta_ei_voi_tallentaa_kahdesti_mutta_historiaa_voi(string tarjoaja)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await using var db = tietokanta.CreateDbContext();
        var virkailija = new Domain.Kayttooikeudet.Virkailijahenkilo
        { Oid = "1.2.246.562.24.90000000001", Kayttajatunnus = "v", Etunimet = "V", Sukunimi = "W" };
        db.Virkailijat.Add(virkailija);
        await db.SaveChangesAsync();
        Domain.Kayttooikeudet.Kayttooikeus Oikeus(Domain.Kayttooikeudet.KayttooikeudenTila tila) => new()
        {
            VirkailijaId = virkailija.Id, Ryhma = "koski-katselija", OrganisaatioOid = "1.2.246.562.10.14613773812",
            VoimassaAlkaen = new(2026, 1, 1), VoimassaAsti = new(2026, 12, 31), Tila = tila,
        };
        db.Kayttooikeudet.AddRange(Oikeus(Domain.Kayttooikeudet.KayttooikeudenTila.SULJETTU),
            Oikeus(Domain.Kayttooikeudet.KayttooikeudenTila.VANHENTUNUT), Oikeus(Domain.Kayttooikeudet.KayttooikeudenTila.MYONNETTY));
        await db.SaveChangesAsync();
        db.Kayttooikeudet.Add(Oikeus(Domain.Kayttooikeudet.KayttooikeudenTila.UUSITTU));
        await Assert.ThrowsAsync<YksiloivaAvainVarattu>(() => db.SaveChangesAsync());
    }
}
