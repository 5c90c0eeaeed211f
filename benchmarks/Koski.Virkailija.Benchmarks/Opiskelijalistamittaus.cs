using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// The student list ("Opiskelijat") at national scale: page 1, a random deep page by keyset and the count, for the
/// largest koulutustoimija (about a tenth of the data) and for OPH (everything), each against its floor, the bare
/// keyset SQL (or count) on the same index without the app, with the ratio and the load average. A deep page by
/// offset (what a direct jump to page N would cost) is printed for comparison.
/// </summary>
public static class Opiskelijalistamittaus
{
    private const int Koko = 25;

    public static async Task AjaAsync(string tarjoaja, int maara, int kierroksia)
    {
        Console.WriteLine($"Opiskelijalista: {tarjoaja}, {maara} opiskeluoikeutta, {kierroksia} kierrosta per kysely, sivu {Koko} riviä");
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja, yhteyspooli: true);
        var postgres = tarjoaja == "Postgres";
        var kello = Stopwatch.StartNew();
        await Aineisto.LuoAsync(tietokanta.CreateDbContext, maara, Console.WriteLine);
        await using (var db = tietokanta.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync(postgres ? "VACUUM ANALYZE" : "ANALYZE");
            if (!postgres) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        Console.WriteLine($"Aineisto luotu {kello.Elapsed.TotalSeconds:0} s ({Kuorma.Nyt()})");

        var organisaatiot = new OrganisaatioHakemisto(tietokanta);
        var audit = new AuditLoki(tietokanta, new EiAuditKontekstia(), TimeProvider.System, NullLogger<AuditLoki>.Instance);
        var lista = new Opiskelijalista(tietokanta, organisaatiot, new Application.Koodistot.Koodistot(tietokanta), audit);
        var suuri = new Kayttaja(1, "katselija", "Katselija", [new Rooli(Kayttooikeusryhma.KoskiKatselija, Aineisto.Toimija(0), "Kunta 0")]);
        var oph = new Kayttaja(2, "oph", "OPH", [new Rooli(Kayttooikeusryhma.OphPaakayttaja, Organisaatio.JuuriOid, "Opetushallitus")]);
        // The koulutustoimija's subtree as the visibility rule has it: the toimija and its oppilaitokset.
        var alipuu = (await organisaatiot.PuuAsync()).Alipuu(Aineisto.Toimija(0)).Order(StringComparer.Ordinal).ToList();
        var inLista = string.Join(", ", alipuu.Select(o => $"'{o}'"));

        // Random positions in the list: any row's (name, oid) is a keyset position, visible to the user or not.
        var satunnainen = new Random(3);
        var kohdat = new List<(string Nimi, string Oid)>();
        await using (var db = tietokanta.CreateDbContext())
        {
            while (kohdat.Count < 300)
            {
                var oid = Oidit.Opiskeluoikeus(30_000_000_000L + satunnainen.Next(maara));
                var nimi = await db.Opiskeluoikeudet.Where(o => o.Oid == oid).Select(o => o.OppijanHakunimi).SingleAsync();
                kohdat.Add((nimi, oid));
            }
        }
        var yhteensa = await lista.LaskeAsync(suuri, new OpiskelijalistanKysely());
        var kaikki = await lista.LaskeAsync(oph, new OpiskelijalistanKysely());
        Console.WriteLine($"Koulutustoimijalle näkyy {yhteensa} opiskeluoikeutta ({alipuu.Count} organisaatiota), OPH:lle {kaikki}");

        await using var lattiaDb = tietokanta.CreateDbContext();
        await lattiaDb.Database.OpenConnectionAsync();
        var yhteys = lattiaDb.Database.GetDbConnection();
        var epatosi = postgres ? "false" : "0";
        string Sivu(string ehto) =>
            $"SELECT oid, oppija_oid FROM opiskeluoikeus WHERE mitatoity = {epatosi}{ehto} ORDER BY oppijan_hakunimi, oid LIMIT {Koko}";
        // A row-value comparison: both databases seek the (name, oid) index to it (an OR of comparisons is no range
        // to PostgreSQL, which walked the index from its start and made this "floor" seconds slower than the app).
        const string Jalkeen = " AND (oppijan_hakunimi, oid) > (@nimi, @oid)";
        var toimijanEhto = $" AND oppilaitos_oid IN ({inLista})";

        var kohta = 0;
        (string, string) Seuraava() => kohdat[kohta++ % kohdat.Count];
        OpiskelijalistanAvain Avain((string Nimi, string Oid) k) => new(k.Nimi, k.Nimi, k.Oid);

        Console.WriteLine("— koulutustoimija (katselija), nimen mukaan —");
        await VertaaAsync("sivu 1",
            () => lista.HaeAsync(suuri, new OpiskelijalistanKysely { Laske = false }),
            () => LueAsync(yhteys, Sivu(toimijanEhto)), kierroksia);
        await VertaaAsync("satunnainen syvä sivu (keyset)",
            () => lista.HaeAsync(suuri, new OpiskelijalistanKysely { Jalkeen = Avain(Seuraava()), Laske = false }),
            () => LueAsync(yhteys, Sivu(toimijanEhto + Jalkeen), Seuraava()), kierroksia);
        await VertaaAsync("määrä",
            () => lista.LaskeAsync(suuri, new OpiskelijalistanKysely()),
            () => LueAsync(yhteys, $"SELECT count(*) FROM opiskeluoikeus WHERE mitatoity = {epatosi}{toimijanEhto}"), kierroksia);
        await VertaaAsync("sivu 1 ja määrä (käyttöliittymän ensimmäinen haku)",
            () => lista.HaeAsync(suuri, new OpiskelijalistanKysely()),
            async () =>
            {
                await LueAsync(yhteys, Sivu(toimijanEhto));
                await LueAsync(yhteys, $"SELECT count(*) FROM opiskeluoikeus WHERE mitatoity = {epatosi}{toimijanEhto}");
            }, kierroksia);
        await MittaaAsync("satunnainen syvä sivu alkamispäivän mukaan (keyset)", () => lista.HaeAsync(suuri, new OpiskelijalistanKysely
        {
            Jarjestys = OpiskelijalistanJarjestys.Alkamispaiva,
            Jalkeen = new OpiskelijalistanAvain(new DateOnly(2016, 1, 1).AddDays(satunnainen.Next(3000)), "", ""), Laske = false,
        }), Math.Min(kierroksia, 50));
        await MittaaAsync("satunnainen syvä sivu offsetilla (suora hyppy sivulle N, vertailuksi)", () => lista.HaeAsync(suuri,
            new OpiskelijalistanKysely { Ohita = satunnainen.Next(0, Math.Max(1, yhteensa / Koko)) * Koko, Laske = false }), Math.Min(kierroksia, 30));

        Console.WriteLine("— OPH (koko maa), nimen mukaan —");
        await VertaaAsync("sivu 1",
            () => lista.HaeAsync(oph, new OpiskelijalistanKysely { Laske = false }),
            () => LueAsync(yhteys, Sivu("")), kierroksia);
        await VertaaAsync("satunnainen syvä sivu (keyset)",
            () => lista.HaeAsync(oph, new OpiskelijalistanKysely { Jalkeen = Avain(Seuraava()), Laske = false }),
            () => LueAsync(yhteys, Sivu(Jalkeen), Seuraava()), kierroksia);
        await VertaaAsync("määrä",
            () => lista.LaskeAsync(oph, new OpiskelijalistanKysely()),
            () => LueAsync(yhteys, $"SELECT count(*) FROM opiskeluoikeus WHERE mitatoity = {epatosi}"), Math.Min(kierroksia, 50));
    }

    private static async Task<int> LueAsync(DbConnection yhteys, string sql, (string Nimi, string Oid)? kohta = null)
    {
        await using var komento = yhteys.CreateCommand();
        komento.CommandText = sql;
        if (kohta is { } k)
        {
            Parametri(komento, "@nimi", k.Nimi);
            Parametri(komento, "@oid", k.Oid);
        }
        await using var lukija = await komento.ExecuteReaderAsync();
        var rivit = 0;
        while (await lukija.ReadAsync()) rivit++;
        return rivit;
    }

    private static void Parametri(DbCommand komento, string nimi, string arvo)
    {
        var p = komento.CreateParameter();
        p.ParameterName = nimi;
        p.Value = arvo;
        komento.Parameters.Add(p);
    }

    private static async Task VertaaAsync(string nimi, Func<Task> sovellus, Func<Task> lattia, int kierroksia)
    {
        var (s50, s95) = await AjatAsync(sovellus, kierroksia);
        var (l50, l95) = await AjatAsync(lattia, kierroksia);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {nimi,-52} p50 {s50,7:0.0} ms  p95 {s95,7:0.0} ms | lattia p50 {l50,6:0.0} ms  p95 {l95,6:0.0} ms | {s95 / l95,5:0.0}× lattian p95   ({Kuorma.Nyt()})"));
    }

    private static async Task MittaaAsync(string nimi, Func<Task> kysely, int kierroksia)
    {
        var (p50, p95) = await AjatAsync(kysely, kierroksia);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {nimi,-52} p50 {p50,7:0.0} ms  p95 {p95,7:0.0} ms   ({Kuorma.Nyt()})"));
    }

    private static async Task<(double P50, double P95)> AjatAsync(Func<Task> kysely, int kierroksia)
    {
        for (var i = 0; i < 10; i++) await kysely(); // warm-up
        var ajat = new double[kierroksia];
        for (var i = 0; i < kierroksia; i++)
        {
            var sw = Stopwatch.StartNew();
            await kysely();
            ajat[i] = sw.Elapsed.TotalMilliseconds;
        }
        Array.Sort(ajat);
        return (ajat[kierroksia / 2], ajat[(int)Math.Ceiling(kierroksia * 0.95) - 1]);
    }
}
