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
/// offset (what a direct jump to page N would cost) is printed for comparison, as are deep pages by every other sortable column and the national count (an estimate, against the exact count as its floor).
/// </summary>
public static class Opiskelijalistamittaus
{
    private const int Koko = 25;

    public static async Task AjaAsync(string tarjoaja, int maara, int kierroksia)
    {
        Console.WriteLine($"Opiskelijalista: {tarjoaja}, {maara} opiskeluoikeutta, {kierroksia} kierrosta per kysely, sivu {Koko} riviä");
        var postgres = tarjoaja == "Postgres";
        var kello = Stopwatch.StartNew();
        await using var tietokanta = await Aineistovarasto.LuoAsync(tarjoaja, maara, Console.WriteLine);
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

        // Random positions in the list: any row's (sort value, name, oid) is a keyset position, visible to the user or not.
        var satunnainen = new Random(3);
        var kohdat = new List<Kohta>();
        await using (var db = tietokanta.CreateDbContext())
        {
            while (kohdat.Count < 300)
            {
                var oid = Oidit.Opiskeluoikeus(30_000_000_000L + satunnainen.Next(maara));
                kohdat.Add(await (from o in db.Opiskeluoikeudet
                                  where o.Oid == oid
                                  join g in db.Organisaatiot on o.OppilaitosOid equals g.Oid
                                  select new Kohta(o.OppijanHakunimi, o.Oid, o.Tyyppi, o.Tila, o.Luokka, o.Alkamispaiva, o.Paattymispaiva, g.NimiFi, o.OppilaitosOid))
                    .SingleAsync());
            }
        }
        var yhteensa = (await lista.LaskeAsync(suuri, new OpiskelijalistanKysely())).Arvo;
        Console.WriteLine($"Koulutustoimijalle näkyy {yhteensa} opiskeluoikeutta ({alipuu.Count} organisaatiota), " +
                          $"OPH:lle {(await lista.LaskeAsync(oph, new OpiskelijalistanKysely())).Teksti}");

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
        (string, string) Seuraava() => kohdat[kohta++ % kohdat.Count] is var k ? (k.Nimi, k.Oid) : default;
        OpiskelijalistanAvain Avain((string Nimi, string Oid) k) => new(k.Nimi, k.Nimi, k.Oid);
        // A deep page by another column: the next position's value of that column (empty as the list sorts it).
        // By oppilaitos, the key of a page the user paged to is one of their own rows (another oppilaitos's is where
        // the page crosses to the next, which reads the general query).
        var omat = kohdat.Where(k => alipuu.Contains(k.OppilaitosOid)).ToList();
        OpiskelijalistanKysely Sarakkeittain(OpiskelijalistanJarjestys jarjestys, bool laskeva = false)
        {
            var k = jarjestys == OpiskelijalistanJarjestys.Oppilaitos ? omat[kohta++ % omat.Count] : kohdat[kohta++ % kohdat.Count];
            object arvo = jarjestys switch
            {
                OpiskelijalistanJarjestys.Tyyppi => k.Tyyppi,
                OpiskelijalistanJarjestys.Tila => k.Tila ?? "",
                OpiskelijalistanJarjestys.Oppilaitos => k.Oppilaitos,
                OpiskelijalistanJarjestys.Alkamispaiva => k.Alkamispaiva ?? new DateOnly(1, 1, 2),
                OpiskelijalistanJarjestys.Paattymispaiva => k.Paattymispaiva ?? new DateOnly(1, 1, 2),
                _ => k.Luokka ?? "",
            };
            return new OpiskelijalistanKysely { Jarjestys = jarjestys, Laskeva = laskeva, Jalkeen = new(arvo, k.Nimi, k.Oid), Laske = false };
        }
        var alkamisavain = postgres ? "COALESCE(alkamispaiva, DATE '0001-01-02')" : "COALESCE(alkamispaiva, '0001-01-02')";
        // The floor of a deep page by start date: the same keyset on the same expression index, as a row value.
        string Paivittain(string ehto) => $"SELECT oid, oppija_oid FROM opiskeluoikeus WHERE mitatoity = {epatosi}{ehto} " +
            $"AND ({alkamisavain}, oppijan_hakunimi, oid) > (@paiva, @nimi, @oid) ORDER BY {alkamisavain}, oppijan_hakunimi, oid LIMIT {Koko}";
        (string, string, DateOnly) SeuraavaPaiva() => kohdat[kohta++ % kohdat.Count] is var k ? (k.Nimi, k.Oid, k.Alkamispaiva ?? new DateOnly(1, 1, 2)) : default;

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
        await VertaaAsync("satunnainen syvä sivu alkamispäivän mukaan (keyset)",
            () => lista.HaeAsync(suuri, Sarakkeittain(OpiskelijalistanJarjestys.Alkamispaiva)),
            () => LueAsync(yhteys, Paivittain(toimijanEhto), SeuraavaPaiva()), kierroksia);
        foreach (var (jarjestys, laskeva, nimi) in new[]
                 {
                     (OpiskelijalistanJarjestys.Alkamispaiva, true, "alkamispäivän mukaan laskevasti"),
                     (OpiskelijalistanJarjestys.Paattymispaiva, false, "päättymispäivän mukaan"),
                     (OpiskelijalistanJarjestys.Tyyppi, false, "tyypin mukaan"),
                     (OpiskelijalistanJarjestys.Tila, false, "tilan mukaan"),
                     (OpiskelijalistanJarjestys.Luokka, false, "luokan mukaan"),
                     (OpiskelijalistanJarjestys.Oppilaitos, false, "oppilaitoksen mukaan (oma rivi)"),
                 })
            await MittaaAsync($"satunnainen syvä sivu {nimi}", () => lista.HaeAsync(suuri, Sarakkeittain(jarjestys, laskeva)), kierroksia);
        await MittaaAsync("sivu 1 oppilaitoksen mukaan (liitoksen lajittelu)", () => lista.HaeAsync(suuri,
            new OpiskelijalistanKysely { Jarjestys = OpiskelijalistanJarjestys.Oppilaitos, Laske = false }), Math.Min(kierroksia, 30));
        await MittaaAsync("satunnainen syvä sivu offsetilla (suora hyppy sivulle N, vertailuksi)", () => lista.HaeAsync(suuri,
            new OpiskelijalistanKysely { Ohita = satunnainen.Next(0, Math.Max(1, yhteensa / Koko)) * Koko, Laske = false }), Math.Min(kierroksia, 30));

        Console.WriteLine("— OPH (koko maa), nimen mukaan —");
        await VertaaAsync("sivu 1",
            () => lista.HaeAsync(oph, new OpiskelijalistanKysely { Laske = false }),
            () => LueAsync(yhteys, Sivu("")), kierroksia);
        await VertaaAsync("satunnainen syvä sivu (keyset)",
            () => lista.HaeAsync(oph, new OpiskelijalistanKysely { Jalkeen = Avain(Seuraava()), Laske = false }),
            () => LueAsync(yhteys, Sivu(Jalkeen), Seuraava()), kierroksia);
        await VertaaAsync("satunnainen syvä sivu alkamispäivän mukaan (keyset)",
            () => lista.HaeAsync(oph, Sarakkeittain(OpiskelijalistanJarjestys.Alkamispaiva)),
            () => LueAsync(yhteys, Paivittain(""), SeuraavaPaiva()), kierroksia);
        await MittaaAsync("satunnainen syvä sivu tyypin mukaan", () => lista.HaeAsync(oph, Sarakkeittain(OpiskelijalistanJarjestys.Tyyppi)), kierroksia);
        // The national count is an estimate ("noin"); the floor is the exact count it replaces.
        await VertaaAsync("määrä (arvio)",
            () => lista.LaskeAsync(oph, new OpiskelijalistanKysely()),
            () => LueAsync(yhteys, $"SELECT count(*) FROM opiskeluoikeus WHERE mitatoity = {epatosi}"), Math.Min(kierroksia, 50));
        await MittaaAsync("määrä tyypillä perusopetus (enintään katto)",
            () => lista.LaskeAsync(oph, new OpiskelijalistanKysely { Tyyppi = "perusopetus" }), Math.Min(kierroksia, 50));
        await MittaaAsync("sivu 1 ja määrä, tyyppi perusopetus",
            () => lista.HaeAsync(oph, new OpiskelijalistanKysely { Tyyppi = "perusopetus" }), Math.Min(kierroksia, 50));
    }

    private sealed record Kohta(string Nimi, string Oid, string Tyyppi, string? Tila, string? Luokka, DateOnly? Alkamispaiva,
        DateOnly? Paattymispaiva, string Oppilaitos, string OppilaitosOid);

    private static async Task<int> LueAsync(DbConnection yhteys, string sql, (string Nimi, string Oid)? kohta = null)
    {
        await using var komento = yhteys.CreateCommand();
        komento.CommandText = sql;
        if (kohta is { } k)
        {
            Parametri(komento, "@nimi", k.Nimi);
            Parametri(komento, "@oid", k.Oid);
        }
        return await LueAsync(komento);
    }

    private static async Task<int> LueAsync(DbConnection yhteys, string sql, (string Nimi, string Oid, DateOnly Paiva) kohta)
    {
        await using var komento = yhteys.CreateCommand();
        komento.CommandText = sql;
        Parametri(komento, "@nimi", kohta.Nimi);
        Parametri(komento, "@oid", kohta.Oid);
        // SQLite keeps a date as its ISO text.
        Parametri(komento, "@paiva", komento is Npgsql.NpgsqlCommand ? kohta.Paiva : kohta.Paiva.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return await LueAsync(komento);
    }

    private static async Task<int> LueAsync(DbCommand komento)
    {
        await using var lukija = await komento.ExecuteReaderAsync();
        var rivit = 0;
        while (await lukija.ReadAsync()) rivit++;
        return rivit;
    }

    private static void Parametri(DbCommand komento, string nimi, object arvo)
    {
        var p = komento.CreateParameter();
        p.ParameterName = nimi;
        p.Value = arvo;
        komento.Parameters.Add(p);
    }

    private static async Task VertaaAsync(string nimi, Func<Task> sovellus, Func<Task> lattia, int kierroksia)
    {
        var (s50, s95, cpu, kt) = await AjatAsync(sovellus, kierroksia);
        var (l50, l95, _, _) = await AjatAsync(lattia, kierroksia);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {nimi,-52} p50 {s50,7:0.0} ms  p95 {s95,7:0.0} ms  cpu {cpu,5:0.0} ms  {kt,6:0} kt | lattia p50 {l50,6:0.0} ms  p95 {l95,6:0.0} ms | {s95 / l95,5:0.0}× lattian p95   ({Kuorma.Nyt()})"));
    }

    private static async Task MittaaAsync(string nimi, Func<Task> kysely, int kierroksia)
    {
        var (p50, p95, cpu, kt) = await AjatAsync(kysely, kierroksia);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {nimi,-52} p50 {p50,7:0.0} ms  p95 {p95,7:0.0} ms  cpu {cpu,5:0.0} ms  {kt,6:0} kt   ({Kuorma.Nyt()})"));
    }

    /// <summary>Wall time p50 and p95, and per query the process's CPU time and the bytes it allocated (kt = kB), which
    /// other processes' load disturbs less than the wall time.</summary>
    private static async Task<(double P50, double P95, double Cpu, double Kt)> AjatAsync(Func<Task> kysely, int kierroksia)
    {
        for (var i = 0; i < 10; i++) await kysely(); // warm-up
        var prosessi = Process.GetCurrentProcess();
        var cpuAlussa = prosessi.TotalProcessorTime;
        var varattuAlussa = GC.GetTotalAllocatedBytes(precise: true);
        var ajat = new double[kierroksia];
        for (var i = 0; i < kierroksia; i++)
        {
            var sw = Stopwatch.StartNew();
            await kysely();
            ajat[i] = sw.Elapsed.TotalMilliseconds;
        }
        prosessi.Refresh();
        var cpu = (prosessi.TotalProcessorTime - cpuAlussa).TotalMilliseconds / kierroksia;
        var kt = (GC.GetTotalAllocatedBytes(precise: true) - varattuAlussa) / 1024.0 / kierroksia;
        Array.Sort(ajat);
        return (ajat[kierroksia / 2], ajat[(int)Math.Ceiling(kierroksia * 0.95) - 1], cpu, kt);
    }
}
