using System.Diagnostics;
using System.Globalization;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Benchmarks;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

// Usage: dotnet run -c Release --project benchmarks/Koski.Virkailija.Benchmarks -- [Sqlite|Postgres] [study rights] [rounds]
//    or: dotnet run -c Release --project benchmarks/Koski.Virkailija.Benchmarks -- tiedonsiirto [Sqlite|Postgres] [documents per phase] [senders]
if (args.ElementAtOrDefault(0) == "tiedonsiirto")
{
    await Tiedonsiirtomittaus.AjaAsync(args.ElementAtOrDefault(1) ?? "Postgres", int.Parse(args.ElementAtOrDefault(2) ?? "4000", CultureInfo.InvariantCulture),
        int.Parse(args.ElementAtOrDefault(3) ?? "4", CultureInfo.InvariantCulture));
    return;
}
//    or: ... -- tiedonsiirto-http [documents per phase] [senders]   (PUT /koski/api/oppija to the Release app on PostgreSQL)
if (args.ElementAtOrDefault(0) == "tiedonsiirto-http")
{
    await TiedonsiirtoHttpMittaus.AjaAsync(int.Parse(args.ElementAtOrDefault(1) ?? "4000", CultureInfo.InvariantCulture),
        int.Parse(args.ElementAtOrDefault(2) ?? "4", CultureInfo.InvariantCulture));
    return;
}
//    or: ... -- massaluovutus [study rights]   (organisaationOpiskeluoikeudet on PostgreSQL against a COPY floor)
if (args.ElementAtOrDefault(0) == "massaluovutus")
{
    await Massaluovutusmittaus.AjaAsync(int.Parse(args.ElementAtOrDefault(1) ?? "1000000", CultureInfo.InvariantCulture));
    return;
}
//    or: ... -- Raportit [Sqlite|Postgres] [pupils] [vuosiluokka|paallekkaiset]   (report generation; "vuosiluokka" or "paallekkaiset" runs only that one)
if (args.ElementAtOrDefault(0) == "Raportit")
{
    await RaporttiBenchmark.AjaAsync(args.ElementAtOrDefault(1) ?? "Sqlite", int.Parse(args.ElementAtOrDefault(2) ?? "100000", CultureInfo.InvariantCulture),
        paallekkaiset: args.ElementAtOrDefault(3) != "vuosiluokka", ajaVuosiluokka: args.ElementAtOrDefault(3) != "paallekkaiset");
    return;
}
//    or: ... -- opiskelijalista [Sqlite|Postgres] [study rights] [rounds]   (the student list's pages and count against the bare keyset SQL)
if (args.ElementAtOrDefault(0) == "opiskelijalista")
{
    var lTarjoaja = args.ElementAtOrDefault(1) ?? "Postgres";
    await Opiskelijalistamittaus.AjaAsync(lTarjoaja,
        int.Parse(args.ElementAtOrDefault(2) ?? (lTarjoaja == "Postgres" ? "1000000" : "100000"), CultureInfo.InvariantCulture),
        int.Parse(args.ElementAtOrDefault(3) ?? "200", CultureInfo.InvariantCulture));
    return;
}
//    or: ... -- piirit [circuits] [active] [rounds] [pages] [think ms] [DOTNET_X=Y ...] [--App:Key=Value ...]
//        (open Blazor Server circuits against the app's memory, and interaction latency; needs the Release build of the app)
if (args.ElementAtOrDefault(0) == "piirit")
{
    await Piirimittaus.AjaAsync(args[1..]);
    return;
}
var tarjoaja = args.ElementAtOrDefault(0) ?? "Sqlite";
var maara = int.Parse(args.ElementAtOrDefault(1) ?? (tarjoaja == "Postgres" ? "1000000" : "100000"), CultureInfo.InvariantCulture);
var kierroksia = int.Parse(args.ElementAtOrDefault(2) ?? "200", CultureInfo.InvariantCulture);

Console.WriteLine($"Koski.Virkailija benchmark: {tarjoaja}, {maara} opiskeluoikeutta, {kierroksia} kierrosta per kysely");
// Pooled connections, as the app has them (Microsoft.Data.Sqlite and Npgsql pool by default).
await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja, yhteyspooli: true);
var kello = Stopwatch.StartNew();
await Aineisto.LuoAsync(tietokanta.CreateDbContext, maara, Console.WriteLine);
await using (var db = tietokanta.CreateDbContext())
{
    // VACUUM as autovacuum would have done after a bulk load in a running database (PostgreSQL's index-only scans need it).
    await db.Database.ExecuteSqlRawAsync(tarjoaja == "Postgres" ? "VACUUM ANALYZE" : "ANALYZE");
    // The bulk load's write-ahead log is folded into the database file before timing, as it would be in a running app.
    if (tarjoaja != "Postgres") await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
}
Console.WriteLine($"Aineisto luotu {kello.Elapsed.TotalSeconds:0} s");

var organisaatiot = new OrganisaatioHakemisto(tietokanta);
var koodistot = new Koski.Virkailija.Application.Koodistot.Koodistot(tietokanta);
var audit = new AuditLoki(tietokanta, new EiAuditKontekstia(), TimeProvider.System, NullLogger<AuditLoki>.Instance);
var haku = new OppijaHaku(tietokanta, organisaatiot, audit);
var lista = new Opiskelijalista(tietokanta, organisaatiot, koodistot, audit);

// The largest koulutustoimija (about a tenth of the data) as an ordinary katselija, and OPH's main user seeing everything.
var suuri = new Kayttaja(1, "katselija", "Katselija", [new Rooli(Kayttooikeusryhma.KoskiKatselija, Aineisto.Toimija(0), "Kunta 0")], "1.2.246.562.24.80000000001");
var oph = new Kayttaja(2, "oph", "OPH", [new Rooli(Kayttooikeusryhma.OphPaakayttaja, Organisaatio.JuuriOid, "Opetushallitus")], "1.2.246.562.24.80000000002");

string hetu, sukunimi;
await using (var db = tietokanta.CreateDbContext())
{
    var oppija = await db.Oppijat.Where(o => db.Opiskeluoikeudet.Any(r => r.OppijaOid == o.Oid && r.KoulutustoimijaOid == Aineisto.Toimija(0) && !r.Mitatoity))
        .OrderBy(o => o.Oid).FirstAsync();
    (hetu, sukunimi) = (oppija.Hetu!, oppija.Sukunimi);
}

var satunnainen = new Random(1);
var sivuja = Math.Max(1, (await lista.HaeAsync(suuri, new OpiskelijalistanKysely { Koko = 1 })).Yhteensa / 25);
async Task<(double P50, double P95)> AjatAsync(Func<int, Task> kysely)
{
    for (var i = 0; i < 10; i++) await kysely(i); // warm-up
    var ajat = new double[kierroksia];
    for (var i = 0; i < kierroksia; i++)
    {
        var sw = Stopwatch.StartNew();
        await kysely(i);
        ajat[i] = sw.Elapsed.TotalMilliseconds;
    }
    Array.Sort(ajat);
    return (ajat[kierroksia / 2], ajat[(int)Math.Ceiling(kierroksia * 0.95) - 1]);
}
// With a floor: the same question as bare SQL on the same indexes, without the app (no rights, audit or EF), in the same run.
async Task MittaaAsync(string nimi, Func<int, Task> kysely, Func<int, Task>? lattia = null)
{
    var (p50, p95) = await AjatAsync(kysely);
    var vertailu = "";
    if (lattia is not null)
    {
        var (l50, l95) = await AjatAsync(lattia);
        vertailu = string.Create(CultureInfo.InvariantCulture, $" | lattia p50 {l50,6:0.0} ms  p95 {l95,6:0.0} ms | {p95 / l95,5:0.0}× lattian p95");
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{nimi,-55} p50 {p50,7:0.0} ms   p95 {p95,7:0.0} ms{vertailu}   ({Kuorma.Nyt()})"));
}

// The search's floors: the learners of the koulutustoimija's subtree found by the hetu index or a name range of the
// (hakunimi, oid) index, 51 at most, as the search asks them.
var toimijanOrganisaatiot = string.Join(", ", (await organisaatiot.PuuAsync()).Alipuu(Aineisto.Toimija(0)).Select(o => $"'{o}'"));
var epatosi = tarjoaja == "Postgres" ? "false" : "0";
var nakyvaOppija = $"EXISTS (SELECT 1 FROM opiskeluoikeus r WHERE r.oppija_oid = o.oid AND r.oppilaitos_oid IN ({toimijanOrganisaatiot}) AND r.mitatoity = {epatosi})";
await using var lattiaDb = tietokanta.CreateDbContext();
await lattiaDb.Database.OpenConnectionAsync();
async Task LueAsync(string sql, params object[] arvot)
{
    await using var komento = lattiaDb.Database.GetDbConnection().CreateCommand();
    komento.CommandText = sql;
    for (var i = 0; i < arvot.Length; i++)
    {
        var p = komento.CreateParameter();
        p.ParameterName = $"@p{i}";
        p.Value = arvot[i];
        komento.Parameters.Add(p);
    }
    await using var lukija = await komento.ExecuteReaderAsync();
    while (await lukija.ReadAsync()) { }
}
Task HetuLattia() => LueAsync($"SELECT o.oid, o.sukunimi, o.etunimet, o.hetu, o.syntymaaika FROM oppija o WHERE o.hetu = @p0 AND {nakyvaOppija}", hetu);
Task NimiLattia(string alku, string ehto = "") => LueAsync(
    $"SELECT o.oid, o.sukunimi, o.etunimet, o.hetu, o.syntymaaika FROM oppija o WHERE o.hakunimi >= @p0 AND o.hakunimi < @p1{ehto}"
    + $" AND {nakyvaOppija} ORDER BY o.hakunimi, o.oid LIMIT 51", alku, alku[..^1] + (char)(alku[^1] + 1));

string[] alut = ["kor", "vir", "mäki", "nie", "laine", "hei", "kos", "jär", "sal", "tur"];
await MittaaAsync("Haku hetulla (koulutustoimijan katselija)", _ => haku.HaeAsync(suuri, hetu), _ => HetuLattia());
await MittaaAsync("Haku sukunimellä (koulutustoimijan katselija)", _ => haku.HaeAsync(suuri, sukunimi), _ => NimiLattia(sukunimi.ToLowerInvariant()));
await MittaaAsync("Haku nimen alulla, 3–5 merkkiä (koulutustoimijan katselija)", i => haku.HaeAsync(suuri, alut[i % alut.Length]),
    i => NimiLattia(alut[i % alut.Length]));
await MittaaAsync("Haku etunimi + sukunimi (koulutustoimijan katselija)", i => haku.HaeAsync(suuri, $"aino {alut[i % alut.Length]}"),
    async i =>
    {
        // Both words' ranges, as the search reads them: learners whose name begins with either and contains both.
        var alku = alut[i % alut.Length];
        await NimiLattia("aino", $" AND (' ' || o.hakunimi) LIKE '% {alku}%'");
        await NimiLattia(alku, " AND (' ' || o.hakunimi) LIKE '% aino%'");
    });
await MittaaAsync("Haku nimen alulla (OPH, koko maa)", i => haku.HaeAsync(oph, alut[i % alut.Length]));
await MittaaAsync("Opiskelijalista sivu 1, nimen mukaan (koulutustoimija)", _ => lista.HaeAsync(suuri, new OpiskelijalistanKysely()));
await MittaaAsync("Opiskelijalista satunnainen sivu (koulutustoimija)", _ => lista.HaeAsync(suuri, new OpiskelijalistanKysely { Ohita = satunnainen.Next(0, sivuja) * 25 }));
await MittaaAsync("Opiskelijalista tyyppi+tila, alkamispäivän mukaan (koulutustoimija)", _ => lista.HaeAsync(suuri,
    new OpiskelijalistanKysely { Tyyppi = "perusopetus", Tila = "lasna", Jarjestys = OpiskelijalistanJarjestys.Alkamispaiva, Laskeva = true }));
await MittaaAsync("Opiskelijalista satunnainen sivu oppilaitoksen mukaan (koulutustoimija)", _ => lista.HaeAsync(suuri,
    new OpiskelijalistanKysely { Jarjestys = OpiskelijalistanJarjestys.Oppilaitos, Ohita = satunnainen.Next(0, sivuja) * 25 }));
await MittaaAsync("Opiskelijalista nimen alku, sivu 1 (koulutustoimija)", i => lista.HaeAsync(suuri,
    new OpiskelijalistanKysely { Nimi = alut[i % alut.Length] }));
await MittaaAsync("OPPIJA_HAKU-auditointi yksinään (koulutustoimijan katselija)", _ => audit.KirjaaAsync(suuri,
    Koski.Virkailija.Domain.Auditointi.AuditOperaatio.OPPIJA_HAKU, new AuditKohde(Tiedot: new { haku = "x" })));
await MittaaAsync("Opiskelijalista oppilaitos + luokka (koulutustoimija)", _ => lista.HaeAsync(suuri,
    new OpiskelijalistanKysely { OppilaitosOid = Aineisto.Oppilaitos(0, 1), Luokka = "9A" }));
await MittaaAsync("Opiskelijalista sivu 1 (OPH, koko maa)", _ => lista.HaeAsync(oph, new OpiskelijalistanKysely()));
