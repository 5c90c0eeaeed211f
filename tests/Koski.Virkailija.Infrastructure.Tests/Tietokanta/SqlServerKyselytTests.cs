using System.Data;
using System.Data.Common;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Koski.Virkailija.Infrastructure.Tests.Tietokanta;

/// <summary>
/// The SQL the application services send to SQL Server — search, student list (count and page), a learner's page
/// (visibility), every report — parses as T-SQL. There is no server: the services talk to a SQL Server context whose
/// connection is never opened; each command's text is recorded and answered with no rows (a COUNT or EXISTS with
/// one zero row; an insert with its new id). The organisation tree, code lists and audit log come from a SQLite database.
/// </summary>
public sealed class SqlServerKyselytTests(ITestOutputHelper tuloste)
{
    private const string Normaalikoulu = "1.2.246.562.10.14613773812";

    [Fact]
    public async Task Sovelluksen_kyselyt_jasentyvat_t_sql_na()
    {
        await using var sqlite = await TestiTietokanta.SqliteAsync();
        var organisaatiot = await TestiOrganisaatiot.TuoHierarkiaAsync(sqlite);
        var koodistot = new Application.Koodistot.Koodistot(sqlite);
        var aika = new KiinteaAika();
        var audit = new AuditLoki(sqlite, new EiAuditKontekstia(), aika, NullLogger<AuditLoki>.Instance);
        var sieppaaja = new KomentojenSieppaaja();
        var sqlServer = new SqlServerIlmanPalvelinta(sieppaaja);
        var kayttaja = new Kayttaja(1, "katselija", "Kaisa Katselija",
            [new Rooli(Kayttooikeusryhma.KoskiKatselija, Normaalikoulu, "Jyväskylän normaalikoulu")], "1.2.246.562.24.90000000001");

        var haku = new OppijaHaku(sqlServer, organisaatiot, audit);
        await haku.HaeAsync(kayttaja, "koululainen aino");
        await haku.HaeAsync(kayttaja, "010101-123N");
        var lista = new Opiskelijalista(sqlServer, organisaatiot, koodistot, audit);
        foreach (var jarjestys in Enum.GetValues<OpiskelijalistanJarjestys>())
            await lista.HaeAsync(kayttaja, new OpiskelijalistanKysely
            {
                Jarjestys = jarjestys, Nimi = "aino", Tyyppi = "perusopetus", Tila = "lasna", OppilaitosOid = Normaalikoulu,
                AlkanutAikaisintaan = new(2020, 1, 1), PaattynytViimeistaan = new(2030, 1, 1), Luokka = "9A", Ohita = 25,
            });
        // A keyset page of every sort, both ways (a column sort seeks in two parts, the oppilaitos sort inside one oppilaitos first).
        foreach (var jarjestys in Enum.GetValues<OpiskelijalistanJarjestys>())
        {
            object arvo = jarjestys switch
            {
                OpiskelijalistanJarjestys.Alkamispaiva or OpiskelijalistanJarjestys.Paattymispaiva => new DateOnly(2020, 8, 1),
                OpiskelijalistanJarjestys.Nimi => "koululainen aino",
                _ => "lasna",
            };
            var avain = new OpiskelijalistanAvain(arvo, "koululainen aino", "1.2.246.562.15.00000000001");
            await lista.HaeAsync(kayttaja, new OpiskelijalistanKysely { Jarjestys = jarjestys, Jalkeen = avain });
            await lista.HaeAsync(kayttaja, new OpiskelijalistanKysely { Jarjestys = jarjestys, Laskeva = true, Ennen = avain, Laske = false });
        }
        await new OppijanTiedot(sqlServer, organisaatiot, koodistot, audit).HaeAsync(kayttaja, "1.2.246.562.24.00000000001");
        var raportit = new Application.Raportit.Raportit(new Application.Tietokanta.Lukutietokanta(sqlServer), organisaatiot, koodistot,
            new KayttooikeusHallinta(sqlServer, organisaatiot, aika, audit), audit, aika);
        var paakayttaja = new Kayttaja(2, "paakayttaja", "Paula Pääkäyttäjä",
            [new Rooli(Kayttooikeusryhma.KoskiPaakayttaja, Normaalikoulu, "Jyväskylän normaalikoulu"),
             new Rooli(Kayttooikeusryhma.KoskiKatselija, Normaalikoulu, "Jyväskylän normaalikoulu")]);
        foreach (var laji in Raporttirekisteri.Kaikki.Select(r => r.Laji))
        {
            var sisalto = await raportit.LuoAsync(paakayttaja,
                new RaportinParametrit(laji, Normaalikoulu, new(2024, 1, 1), new(2024, 12, 31), new(2024, 9, 1), 7));
            foreach (var taulukko in sisalto.Taulukot)
                await foreach (var _ in taulukko.Rivit) { }
        }

        var kyselyt = sieppaaja.Komennot;
        // The main queries reached SQL Server: the name range, the page and its count, a report's join.
        Assert.Contains(kyselyt, k => k.Contains("[hakunimi] >=", StringComparison.Ordinal));
        Assert.Contains(kyselyt, k => k.StartsWith("SELECT COUNT(", StringComparison.Ordinal));
        Assert.Contains(kyselyt, k => k.Contains("OFFSET", StringComparison.Ordinal));
        Assert.True(kyselyt.Count >= 15, $"{kyselyt.Count} kyselyä");
        foreach (var kysely in kyselyt)
        {
            tuloste.WriteLine(kysely + "\n");
            TSql.Jasenna(kysely);
        }
    }

    private sealed class SqlServerIlmanPalvelinta(KomentojenSieppaaja sieppaaja) : IKoskiDbFactory
    {
        private readonly DbContextOptions<KoskiDbContext> asetukset = TietokantaPalvelut.Asetukset(
            new DbContextOptionsBuilder<KoskiDbContext>(), TSql.Yhteys, "SqlServer").AddInterceptors(sieppaaja).Options;

        public Task<IKoskiDb> AvaaAsync(CancellationToken cancellationToken = default) =>
            Task.FromResult<IKoskiDb>(new KoskiDbContext(asetukset));
    }

    /// <summary>Keeps the connection shut and answers every command without a server.</summary>
    private sealed class KomentojenSieppaaja : DbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Komennot { get; } = [];

        public override InterceptionResult ConnectionOpening(DbConnection c, ConnectionEventData e, InterceptionResult r) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection c, ConnectionEventData e,
            InterceptionResult r, CancellationToken ct = default) => ValueTask.FromResult(InterceptionResult.Suppress());

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand komento, CommandEventData e,
            InterceptionResult<DbDataReader> r, CancellationToken ct = default) =>
            ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Vastaus(komento.CommandText)));

        public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand komento, CommandEventData e,
            InterceptionResult<DbDataReader> r) => InterceptionResult<DbDataReader>.SuppressWithResult(Vastaus(komento.CommandText));

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand komento, CommandEventData e,
            InterceptionResult<object> r, CancellationToken ct = default)
        {
            lock (Komennot) Komennot.Add(komento.CommandText);
            return ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(0));
        }

        public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand komento, CommandEventData e,
            InterceptionResult<int> r, CancellationToken ct = default)
        {
            lock (Komennot) Komennot.Add(komento.CommandText);
            return ValueTask.FromResult(InterceptionResult<int>.SuppressWithResult(0));
        }

        private System.Data.DataTableReader Vastaus(string sql)
        {
            lock (Komennot) Komennot.Add(sql);
            var taulu = new DataTable();
            if (sql.StartsWith("SELECT COUNT_BIG(", StringComparison.Ordinal)) taulu.Rows.Add(Sarake(taulu, 0L));
            else if (sql.StartsWith("SELECT COUNT(", StringComparison.Ordinal)) taulu.Rows.Add(Sarake(taulu, 0));
            else if (sql.StartsWith("SELECT CASE", StringComparison.Ordinal)) taulu.Rows.Add(Sarake(taulu, false));
            // A saved row (the audit entry of a search): its generated id.
            else if (sql.Contains("OUTPUT INSERTED", StringComparison.Ordinal)) taulu.Rows.Add(Sarake(taulu, 1L));
            return taulu.CreateDataReader();
        }

        private static object Sarake(DataTable taulu, object arvo)
        {
            taulu.Columns.Add("arvo", arvo.GetType());
            return arvo;
        }
    }
}
