using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Oppijat;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Application.Tests.Oppijat;

/// <summary>
/// A deep page of every sort is read in order from that sort's index on both databases: the empty-first sorts
/// (COALESCE in Listajarjestys) only from the expression indexes the migration OpiskelijalistanJarjestysindeksit writes
/// by hand, which the planner uses only while the app's expression is exactly theirs, and which the model cannot check.
/// The list's own key query is explained with its own parameters; on PostgreSQL sorting and table scans are made the
/// planner's last resort first, so a tiny table cannot hide a missing index.
/// </summary>
public sealed class OpiskelijalistanIndeksitTests
{
    private static readonly Kayttaja Oph = new(2, "oph", "OPH", [new Rooli(Kayttooikeusryhma.OphPaakayttaja, Organisaatio.JuuriOid, "Opetushallitus")]);

    public static TheoryData<string, OpiskelijalistanJarjestys, string> Jarjestykset()
    {
        var data = new TheoryData<string, OpiskelijalistanJarjestys, string>();
        foreach (var tarjoaja in new[] { "Sqlite", "Postgres" })
        {
            data.Add(tarjoaja, OpiskelijalistanJarjestys.Nimi, "ix_opiskeluoikeus_lista_nimi");
            data.Add(tarjoaja, OpiskelijalistanJarjestys.Tyyppi, "ix_opiskeluoikeus_lista_tyyppi");
            data.Add(tarjoaja, OpiskelijalistanJarjestys.Tila, "ix_opiskeluoikeus_lista_tila");
            data.Add(tarjoaja, OpiskelijalistanJarjestys.Alkamispaiva, "ix_opiskeluoikeus_lista_alkamispaiva");
            data.Add(tarjoaja, OpiskelijalistanJarjestys.Paattymispaiva, "ix_opiskeluoikeus_lista_paattymispaiva");
            data.Add(tarjoaja, OpiskelijalistanJarjestys.Luokka, "ix_opiskeluoikeus_lista_luokka");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Jarjestykset))]
    public async Task Syva_sivu_luetaan_jarjestyksen_indeksista(string tarjoaja, OpiskelijalistanJarjestys jarjestys, string indeksi)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        await LisaaAsync(tietokanta, 40);
        var selitys = new Selittaja(tarjoaja == "Postgres");
        var selitetty = tietokanta.Sieppaajin(selitys);
        object arvo = jarjestys switch
        {
            OpiskelijalistanJarjestys.Alkamispaiva or OpiskelijalistanJarjestys.Paattymispaiva => new DateOnly(2020, 8, 1),
            OpiskelijalistanJarjestys.Tyyppi => "perusopetus",
            OpiskelijalistanJarjestys.Tila => "lasna",
            OpiskelijalistanJarjestys.Luokka => "5A",
            _ => "m",
        };

        var sivu = await Lista(selitetty).HaeAsync(Oph, new OpiskelijalistanKysely
        { Jarjestys = jarjestys, Jalkeen = new(arvo, "m", "1.2.246.562.15.0"), Laske = false });

        Assert.NotEmpty(sivu.Rivit);
        var (kysely, suunnitelma) = selitys.Suunnitelmat.First();
        Assert.True(suunnitelma.Contains(indeksi, StringComparison.Ordinal), $"{tarjoaja} {jarjestys}: ei indeksiä {indeksi}\n{kysely}\n{suunnitelma}");
    }

    [Theory]
    [InlineData("fi-FI", "Opiskeluoikeuksia: noin ")]
    [InlineData("sv-FI", "Studierätter: cirka ")]
    public async Task Koko_maan_maara_on_PostgreSQLn_arvio_ja_sanotaan_arvioksi(string kieli, string alku)
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync("Postgres");
        await LisaaAsync(tietokanta, 40);
        var lista = Lista(tietokanta);
        await using (var db = tietokanta.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE opiskeluoikeus");
            // As if the table had the country's rows: the estimate is the statistics', not a count.
            await db.Database.ExecuteSqlRawAsync("UPDATE pg_class SET reltuples = 1234567 WHERE oid = 'opiskeluoikeus'::regclass");
        }
        var aiempi = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(kieli);
            var sivu = await lista.HaeAsync(Oph, new OpiskelijalistanKysely());
            Assert.Equal(Maaranlaatu.Noin, sivu.Laatu);
            // 1 234 567 less the invalidated share of the sample (1 in 20), to three significant digits.
            Assert.InRange(sivu.Yhteensa, 1_100_000, 1_240_000);
            Assert.Equal(0, sivu.Yhteensa % 1000);
            Assert.Equal(alku + sivu.Yhteensa.ToString("N0", CultureInfo.CurrentCulture), sivu.YhteensaTeksti);

            // A filter, or a user below the national level, is counted exactly.
            var suodatettu = await lista.HaeAsync(Oph, new OpiskelijalistanKysely { Tyyppi = "perusopetus" });
            Assert.Equal((Maaranlaatu.Tarkka, 20), (suodatettu.Laatu, suodatettu.Yhteensa));
            var katselija = new Kayttaja(1, "k", "K", [new Rooli(Kayttooikeusryhma.KoskiKatselija, Toimija, "Kunta")]);
            Assert.Equal(new OpiskelijalistanMaara(38, Maaranlaatu.Tarkka), await lista.LaskeAsync(katselija, new OpiskelijalistanKysely()));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = aiempi;
        }
    }

    [Fact]
    public async Task Koko_maan_suuri_maara_ilman_arviota_sanotaan_alarajana()
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync("Sqlite");
        await LisaaAsync(tietokanta, 1);
        await using (var db = tietokanta.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100001)
                INSERT INTO opiskeluoikeus (oid, oppija_oid, versionumero, aikaleima, tyyppi, oppilaitos_oid, mitatoity, json, oppijan_hakunimi)
                SELECT '1.2.246.562.15.9' || i, '1.2.246.562.24.10000000000', 1, '2026-01-01 00:00:00+00:00', 'lukiokoulutus',
                       '1.2.246.562.10.20000000011', 0, '{{}}', 'a'
                FROM n
                """);
        var lista = Lista(tietokanta);
        var aiempi = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fi-FI");
            // SQLite keeps no estimate: more rows than the cap are said to be more, not counted to the last one.
            var kaikki = await lista.HaeAsync(Oph, new OpiskelijalistanKysely { Koko = 1 });
            Assert.Equal((Maaranlaatu.Yli, 100_000), (kaikki.Laatu, kaikki.Yhteensa));
            Assert.Equal("Opiskeluoikeuksia: yli 100\u00a0000", kaikki.YhteensaTeksti);
            var lukiot = await lista.HaeAsync(Oph, new OpiskelijalistanKysely { Tyyppi = "lukiokoulutus", Koko = 1 });
            Assert.Equal(Maaranlaatu.Yli, lukiot.Laatu);
            var perusopetus = await lista.HaeAsync(Oph, new OpiskelijalistanKysely { Tyyppi = "perusopetus", Koko = 1 });
            Assert.Equal((Maaranlaatu.Tarkka, 1, "Opiskeluoikeuksia: 1"), (perusopetus.Laatu, perusopetus.Yhteensa, perusopetus.YhteensaTeksti));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = aiempi;
        }
    }

    /// <summary>
    /// A koulutustoimija's deep page by päättymispäivä among the rows with no end date (most rows) is read from the
    /// oppilaitos-led index, the first rows of each oppilaitos in order, not from the sort index's whole range of the
    /// empty value: the statistics are those of the 100 000-row benchmark, where SQLite's average of the COALESCE
    /// column (25 rows a date) hides that one value has 65 000 (0.5 s a page before).
    /// </summary>
    [Fact]
    public async Task Koulutustoimijan_syva_sivu_tyhjassa_paattymispaivassa_luetaan_oppilaitoksittain()
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync("Sqlite");
        await LisaaAsync(tietokanta, 40);
        await using (var db = tietokanta.CreateDbContext())
        {
            db.Organisaatiot.Add(new Organisaatio { Oid = ToinenOppilaitos, ParentOid = Toimija, NimiFi = "Toinen koulu", Tyypit = "02" });
            db.Opiskeluoikeudet.AddRange(Enumerable.Range(0, 10).Select(i => new Opiskeluoikeus
            {
                Oid = $"1.2.246.562.15.{20_000_000_000L + i}", OppijaOid = "1.2.246.562.24.10000000000", Tyyppi = "lukiokoulutus",
                OppilaitosOid = ToinenOppilaitos, KoulutustoimijaOid = Toimija, Json = "{}",
            }));
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            await db.Database.ExecuteSqlRawAsync("DELETE FROM sqlite_stat1 WHERE tbl = 'opiskeluoikeus'");
            foreach (var (indeksi, tilasto) in SadanTuhannenTilastot)
                await db.Database.ExecuteSqlAsync($"INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('opiskeluoikeus', {indeksi}, {tilasto})");
        }
        await using var tarkistus = tietokanta.CreateDbContext();
        var tyhjat = (await tarkistus.Opiskeluoikeudet.AsNoTracking().Where(o => !o.Mitatoity && o.Paattymispaiva == null).ToListAsync())
            .OrderBy(o => o.OppijanHakunimi, StringComparer.Ordinal).ThenBy(o => o.Oid, StringComparer.Ordinal).ToList();
        var kohta = tyhjat[1];
        var selitys = new Selittaja(postgres: false);
        var katselija = new Kayttaja(1, "k", "K", [new Rooli(Kayttooikeusryhma.KoskiKatselija, Toimija, "Kunta")]);
        var kysely = new OpiskelijalistanKysely
        {
            Jarjestys = OpiskelijalistanJarjestys.Paattymispaiva, Koko = 12, Laske = false,
            Jalkeen = new(new DateOnly(1, 1, 2), kohta.OppijanHakunimi, kohta.Oid),
        };

        var sivu = await Lista(tietokanta.Sieppaajin(selitys)).HaeAsync(katselija, kysely);

        var (sql, suunnitelma) = selitys.Suunnitelmat.First();
        Assert.True(suunnitelma.Contains("ix_opiskeluoikeus_lista_oppilaitos_paattymispaiva (oppilaitos_oid=? AND <expr>=?", StringComparison.Ordinal)
                    && !suunnitelma.Contains("ix_opiskeluoikeus_lista_paattymispaiva", StringComparison.Ordinal), $"{sql}\n{suunnitelma}");
        // The list's order: the rest of the empty end dates (of both oppilaitokset) by name and oid.
        Assert.Equal(tyhjat.Skip(2).Take(12).Select(o => o.Oid), sivu.Rivit.Select(r => r.OpiskeluoikeusOid));
    }

    /// <summary>A national count by type on SQLite is read from an index alone (the cap's 100 001 rows at most).</summary>
    [Fact]
    public async Task Koko_maan_maara_tyypilla_luetaan_SQLitessa_indeksista()
    {
        await using var tietokanta = await TestiTietokanta.LuoAsync("Sqlite");
        await LisaaAsync(tietokanta, 40);
        var selitys = new Selittaja(postgres: false, kaikki: true);

        var maara = await Lista(tietokanta.Sieppaajin(selitys)).LaskeAsync(Oph, new OpiskelijalistanKysely { Tyyppi = "perusopetus" });

        Assert.Equal(new OpiskelijalistanMaara(20, Maaranlaatu.Tarkka), maara);
        var (sql, suunnitelma) = selitys.Suunnitelmat.Single(s => s.Kysely.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.True(suunnitelma.Contains("COVERING INDEX ix_opiskeluoikeus_tyyppi_mitatoity", StringComparison.Ordinal), $"{sql}\n{suunnitelma}");
    }

    /// <summary>sqlite_stat1 of the opiskelijalista benchmark at 100 000 study rights (ANALYZE), for the indexes a page may use.</summary>
    private static readonly (string Indeksi, string Tilasto)[] SadanTuhannenTilastot =
    [
        ("ix_opiskeluoikeus_lista_oppilaitos_luokka", "100000 67 4 1 1 1 1"),
        ("ix_opiskeluoikeus_lista_oppilaitos_tila", "100000 67 34 1 1 1 1"),
        ("ix_opiskeluoikeus_lista_oppilaitos_paattymispaiva", "100000 67 3 1 1 1 1"),
        ("ix_opiskeluoikeus_lista_oppilaitos_alkamispaiva", "100000 67 1 1 1 1 1"),
        ("ix_opiskeluoikeus_lista_oppilaitos_tyyppi", "100000 67 9 1 1 1"),
        ("ix_opiskeluoikeus_lista_luokka", "100000 2703 2 1"),
        ("ix_opiskeluoikeus_lista_tila", "100000 50000 3 1"),
        ("ix_opiskeluoikeus_lista_paattymispaiva", "100000 25 2 1"),
        ("ix_opiskeluoikeus_lista_alkamispaiva", "100000 25 1 1"),
        ("ix_opiskeluoikeus_lista_tyyppi", "100000 8334 2 1"),
        ("ix_opiskeluoikeus_lista_nimi", "100000 4 1"),
        ("ix_opiskeluoikeus_lista", "100000 67 1 1 1"),
        ("ix_opiskeluoikeus_tyyppi_tila", "100000 8334 4167"),
        ("ix_opiskeluoikeus_paattymispaiva", "100000 25"),
        ("ix_opiskeluoikeus_oppilaitos_tyyppi", "100000 67 9"),
        ("ix_opiskeluoikeus_oppilaitos_luokka", "100000 67 4"),
        ("ix_opiskeluoikeus_oppija_nakyvyys", "100000 2"),
        ("ix_opiskeluoikeus_koulutustoimija_oid", "100000 334"),
        ("ix_opiskeluoikeus_alkamispaiva", "100000 25"),
        ("sqlite_autoindex_opiskeluoikeus_1", "100000 1"),
    ];

    private const string Toimija = "1.2.246.562.10.10000000001", Oppilaitos = "1.2.246.562.10.20000000011",
        ToinenOppilaitos = "1.2.246.562.10.20000000012";

    private static Opiskelijalista Lista(TestiTietokanta tietokanta) => new(tietokanta, new OrganisaatioHakemisto(tietokanta),
        new Application.Koodistot.Koodistot(tietokanta), new AuditLoki(tietokanta, new EiAuditKontekstia(), new KiinteaAika(), NullLogger<AuditLoki>.Instance));

    /// <summary>One koulutustoimija's oppilaitos and <paramref name="maara"/> study rights, every 20th invalidated and every other in perusopetus.</summary>
    private static async Task LisaaAsync(TestiTietokanta tietokanta, int maara)
    {
        await using var db = tietokanta.CreateDbContext();
        db.Organisaatiot.AddRange(
            new Organisaatio { Oid = Organisaatio.JuuriOid, NimiFi = "Opetushallitus", Tyypit = "05" },
            new Organisaatio { Oid = Toimija, ParentOid = Organisaatio.JuuriOid, NimiFi = "Kunta", Tyypit = "01" },
            new Organisaatio { Oid = Oppilaitos, ParentOid = Toimija, NimiFi = "Koulu", Tyypit = "02" });
        var oppija = new Oppija { Oid = "1.2.246.562.24.10000000000", Etunimet = "Aino", Sukunimi = "Mäkinen" };
        oppija.PaivitaHakunimi();
        db.Oppijat.Add(oppija);
        for (var i = 0; i < maara; i++)
        {
            var alku = i % 4 == 0 ? (DateOnly?)null : new DateOnly(2020, 8, 1).AddDays(i * 7);
            db.Opiskeluoikeudet.Add(new Opiskeluoikeus
            {
                Oid = $"1.2.246.562.15.{10_000_000_000L + i}", OppijaOid = oppija.Oid, Tyyppi = i % 2 == 0 ? "perusopetus" : "lukiokoulutus",
                OppilaitosOid = Oppilaitos, KoulutustoimijaOid = Toimija, Alkamispaiva = alku, Paattymispaiva = alku?.AddYears(3),
                Tila = i % 3 == 0 ? null : "lasna", Luokka = i % 3 == 1 ? null : $"{1 + i % 9}A", Mitatoity = i % 20 == 19, Json = "{}",
            });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Explains each query that sorts before it runs, with the same parameters on the same connection (EXPLAIN QUERY
    /// PLAN on SQLite; on PostgreSQL EXPLAIN with sorts and sequential scans disabled).
    /// </summary>
    /// <param name="kaikki">Every SELECT, not only those that sort.</param>
    private sealed class Selittaja(bool postgres, bool kaikki = false) : DbCommandInterceptor
    {
        public ConcurrentQueue<(string Kysely, string Suunnitelma)> Suunnitelmat { get; } = new();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            var selitettava = kaikki ? command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.Ordinal)
                : command.CommandText.Contains("ORDER BY", StringComparison.Ordinal);
            if (!selitettava || command.Connection is not { } yhteys) return result;
            if (postgres)
            {
                await using var asetus = yhteys.CreateCommand();
                asetus.CommandText = "SET enable_sort = off; SET enable_seqscan = off";
                await asetus.ExecuteNonQueryAsync(cancellationToken);
            }
            await using var selitys = yhteys.CreateCommand();
            selitys.Transaction = command.Transaction;
            selitys.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + command.CommandText;
            foreach (DbParameter p in command.Parameters)
            {
                var kopio = selitys.CreateParameter();
                (kopio.ParameterName, kopio.Value, kopio.DbType) = (p.ParameterName, p.Value, p.DbType);
                selitys.Parameters.Add(kopio);
            }
            var rivit = new List<string>();
            await using (var lukija = await selitys.ExecuteReaderAsync(cancellationToken))
                while (await lukija.ReadAsync(cancellationToken))
                    rivit.Add(lukija.GetValue(lukija.FieldCount - 1)?.ToString() ?? "");
            Suunnitelmat.Enqueue((command.CommandText, string.Join('\n', rivit)));
            return result;
        }
    }
}
