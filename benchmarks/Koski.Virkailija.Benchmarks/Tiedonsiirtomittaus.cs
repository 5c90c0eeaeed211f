using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// Ingest through the data-transfer service (validation, write scope, versioning, audit, one transaction per
/// document), as a source system sends it: KOSKI's 29 examples, each sent for many learners with its own hetu and
/// source-system id. Prints documents per second, sequentially and with parallel senders, after a warm-up: the
/// target is a running service's throughput, and a cold process runs its first thousands of documents on code the
/// JIT has not yet optimised (measured on the same code: 4 senders right after 2 000 sequential documents ~460/s,
/// warm 525–635/s, then without code lists). KOSKI's code lists are imported, as on every environment, so the
/// unknown-code rule reads every code of a document (~0.2–0.3 ms per document; parts no other rule opens are read from
/// the parsed JSON, JsonTausta).
/// </summary>
public static class Tiedonsiirtomittaus
{
    public static async Task AjaAsync(string tarjoaja, int maara, int rinnakkaisia)
    {
        Console.WriteLine($"Tiedonsiirto: {tarjoaja}, lämmittely {Lammittely} dokumenttia, sitten {maara} dokumenttia"
            + $" peräkkäin ja {maara} {rinnakkaisia} rinnakkaisella lähettäjällä");
        var laskuri = new Komentolaskuri();
        // Pooled connections, as the app has them (SQLite without a pool reopens the file for every query).
        await using var tietokanta = (await TestiTietokanta.LuoAsync(tarjoaja, yhteyspooli: true)).Sieppaajin(laskuri);
        var hakemisto = await TestiOrganisaatiot.TuoHierarkiaAsync(tietokanta);
        // KOSKI's code lists, as every environment imports them at start-up: the full validation checks every code.
        var koodistot = new Application.Koodistot.Koodistot(tietokanta);
        await new Application.Koodistot.KoodistoTuonti(tietokanta, koodistot).TuoKansiostaAsync(Jaettu.Koodistot);
        var palvelu = new TiedonsiirtoPalvelu(tietokanta, new OpiskeluoikeusTallennus(), hakemisto,
            new AuditLoki(tietokanta, new EiAuditKontekstia(), TimeProvider.System, NullLogger<AuditLoki>.Instance), TimeProvider.System,
            new OpiskeluoikeudenValidointi(new Rajapaivat(), koodistot, hakemisto, TimeProvider.System));
        var palvelukayttaja = new Kayttaja(null, "mittaus", "Mittaus",
            [new Rooli(Kayttooikeusryhma.KoskiPalvelukayttaja, Organisaatio.JuuriOid, "Opetushallitus")]);
        var esimerkit = Directory.GetFiles(Jaettu.Esimerkit, "*.json").Order()
            .Select(f => JsonNode.Parse(File.ReadAllText(f))!.AsObject()).ToList();

        await MittaaAsync("lämmittely", 0, Lammittely, rinnakkaisia);
        // A running service's tables have statistics (autovacuum analyses a growing table within a minute): without
        // them the plans prepared while the tables were empty keep scanning them whole (measured 1.6 ms per lookup).
        await using (var db = tietokanta.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
        var perakkain = await MittaaAsync("peräkkäin", Lammittely, maara, 1);
        var rinnakkain = await MittaaAsync($"{rinnakkaisia} rinnakkain", Lammittely + maara, maara, rinnakkaisia);

        // The floor: the least any ingest does per document (serialise it, one INSERT, one commit), same senders.
        await using (var db = tietokanta.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("CREATE TABLE lattia (id INTEGER PRIMARY KEY, json TEXT NOT NULL)");
        var lattiaPerakkain = await LattiaAsync(Lammittely, maara, 1);
        var lattiaRinnakkain = await LattiaAsync(Lammittely + maara, maara, rinnakkaisia);
        Console.WriteLine($"  lattia peräkkäin {maara / lattiaPerakkain.TotalSeconds,7:0} dokumenttia/s, tiedonsiirron aika {perakkain / lattiaPerakkain:0.0}× lattian;"
            + $" {rinnakkaisia} rinnakkain {maara / lattiaRinnakkain.TotalSeconds,7:0} dokumenttia/s, tiedonsiirron aika {rinnakkain / lattiaRinnakkain:0.0}× lattian"
            + $"   ({Kuorma.Nyt()})");

        async Task<TimeSpan> LattiaAsync(int alku, int lukumaara, int lahettajia)
        {
            var kello = Stopwatch.StartNew();
            var seuraava = alku - 1;
            await Task.WhenAll(Enumerable.Range(0, lahettajia).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref seuraava)) < alku + lukumaara)
                {
                    var json = Dokumentti(esimerkit[i % esimerkit.Count], i).ToJsonString();
                    await using var db = tietokanta.CreateDbContext();
                    await using var tx = await db.Database.BeginTransactionAsync();
                    await db.Database.ExecuteSqlAsync($"INSERT INTO lattia (id, json) VALUES ({i}, {json})");
                    await tx.CommitAsync();
                }
            }));
            return kello.Elapsed;
        }

        async Task<TimeSpan> MittaaAsync(string nimi, int alku, int lukumaara, int lahettajia)
        {
            laskuri.Nollaa();
            var prosessori = Process.GetCurrentProcess().TotalProcessorTime;
            var varattu = GC.GetTotalAllocatedBytes(precise: true);
            var keraykset = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var kello = Stopwatch.StartNew();
            var seuraava = alku - 1;
            await Task.WhenAll(Enumerable.Range(0, lahettajia).Select(async _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref seuraava)) < alku + lukumaara)
                    await palvelu.TallennaAsync(palvelukayttaja, Dokumentti(esimerkit[i % esimerkit.Count], i));
            }));
            var kesto = kello.Elapsed;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - prosessori;
            Console.WriteLine($"  {nimi,-16} {lukumaara,7} dokumenttia {kesto.TotalSeconds,6:0.0} s = {lukumaara / kesto.TotalSeconds,7:0} dokumenttia/s"
                + $"   {(double)laskuri.Komentoja / lukumaara:0.0} tietokantakäyntiä/dok, tietokannassa {laskuri.Aika.TotalMilliseconds / lukumaara:0.00} ms/dok,"
                + $" sovelluksen CPU {cpu.TotalMilliseconds / lukumaara:0.00} ms/dok,"
                + $" muistia varattu {(GC.GetTotalAllocatedBytes(precise: true) - varattu) / 1024.0 / lukumaara:0} kt/dok"
                + $" (GC {GC.CollectionCount(0) - keraykset.Item1}/{GC.CollectionCount(1) - keraykset.Item2}/{GC.CollectionCount(2) - keraykset.Item3})"
                + $"   ({Kuorma.Nyt()})");
            return kesto;
        }
    }

    public const int Lammittely = 4000;

    /// <summary>The example for learner number <paramref name="n"/>: a valid temporary hetu and source-system ids of its own.</summary>
    public static JsonObject Dokumentti(JsonObject esimerkki, int n)
    {
        var siirto = esimerkki.DeepClone().AsObject();
        siirto["henkilö"] = new JsonObject { ["hetu"] = Hetu(n), ["etunimet"] = "Mitta", ["sukunimi"] = $"Oppija{n}" };
        var i = 0;
        foreach (var oo in siirto["opiskeluoikeudet"]!.AsArray())
            oo!["lähdejärjestelmänId"] = new JsonObject
            {
                ["id"] = $"{n}-{i++}", ["lähdejärjestelmä"] = new JsonObject { ["koodiarvo"] = "primus", ["koodistoUri"] = "lahdejarjestelma" },
            };
        return siirto;
    }

    /// <summary>Born 2000–2009, individual numbers 900–999 (temporary identities, never a real person's).</summary>
    private static string Hetu(int n)
    {
        var syntyma = new DateOnly(2000, 1, 1).AddDays(n % 3650);
        var yksilo = 900 + n / 3650 % 100;
        var alku = $"{syntyma:ddMMyy}{yksilo:000}";
        return $"{syntyma:ddMMyy}A{yksilo:000}{"0123456789ABCDEFHJKLMNPRSTUVWXY"[int.Parse(alku, CultureInfo.InvariantCulture) % 31]}";
    }
}
