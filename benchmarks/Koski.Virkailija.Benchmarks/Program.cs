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
var tulokset = new List<(string Nimi, double P50, double P95)>();
async Task MittaaAsync(string nimi, Func<int, Task> kysely)
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
    var tulos = (nimi, ajat[kierroksia / 2], ajat[(int)Math.Ceiling(kierroksia * 0.95) - 1]);
    tulokset.Add(tulos);
    Console.WriteLine($"{nimi,-55} p50 {tulos.Item2,7:0.0} ms   p95 {tulos.Item3,7:0.0} ms   ({Kuorma.Nyt()})");
}

string[] alut = ["kor", "vir", "mäki", "nie", "laine", "hei", "kos", "jär", "sal", "tur"];
await MittaaAsync("Haku hetulla (koulutustoimijan katselija)", _ => haku.HaeAsync(suuri, hetu));
await MittaaAsync("Haku sukunimellä (koulutustoimijan katselija)", _ => haku.HaeAsync(suuri, sukunimi));
await MittaaAsync("Haku nimen alulla, 3–5 merkkiä (koulutustoimijan katselija)", i => haku.HaeAsync(suuri, alut[i % alut.Length]));
await MittaaAsync("Haku etunimi + sukunimi (koulutustoimijan katselija)", i => haku.HaeAsync(suuri, $"aino {alut[i % alut.Length]}"));
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
