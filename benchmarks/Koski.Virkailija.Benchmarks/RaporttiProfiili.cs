using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// Where the vuosiluokka report's time goes (KOSKI_RAPORTTI_PROFIILI=1): the same query as the report read raw, without
/// ordering, and with each way of parsing its documents — each step on its own, so the split is measured, not guessed.
/// KOSKI_RAPORTTI_KOPIO=/path.db also copies the SQLite database there, for EXPLAIN QUERY PLAN in the sqlite3 shell.
/// </summary>
public static class RaporttiProfiili
{
    public static async Task AjaAsync(TestiTietokanta tietokanta, Kayttaja kayttaja)
    {
        var paiva = new DateOnly(2024, 10, 1);
        var puu = await new OrganisaatioHakemisto(tietokanta).PuuAsync();
        var nakyvyys = Nakyvyys.Kayttajalle(kayttaja, puu, r => r.Sisaltaa(Oikeus.LUOTTAMUKSELLINEN_KAIKKI_TIEDOT));
        async Task Mittaa(string nimi, bool jarjestetty, Action<string> kasittele, bool nakyvyysehto = false)
        {
            await using var db = tietokanta.CreateDbContext();
            var lahde = nakyvyysehto ? nakyvyys.Suodata(db.Opiskeluoikeudet.AsNoTracking()) : db.Opiskeluoikeudet.AsNoTracking();
            var kysely = from o in lahde
                         join h in db.Oppijat on o.OppijaOid equals h.Oid
                         where o.OppilaitosOid == RaporttiAineisto.Koulu && o.Tyyppi == "perusopetus" && !o.Mitatoity
                               && o.Alkamispaiva <= paiva && (o.Paattymispaiva == null || o.Paattymispaiva >= paiva)
                         select new { o, h.Hakunimi, h.Sukunimi, h.Etunimet };
            if (jarjestetty) kysely = kysely.OrderBy(r => r.Hakunimi).ThenBy(r => r.o.Oid);
            if (nakyvyysehto) Console.WriteLine(kysely.ToQueryString());
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var kello = Stopwatch.StartNew();
            var allokoitu = GC.GetTotalAllocatedBytes();
            long n = 0;
            await foreach (var r in kysely.AsAsyncEnumerable())
            {
                kasittele(r.o.Json);
                n++;
            }
            Console.WriteLine($"  {nimi,-48} {kello.Elapsed.TotalSeconds,6:0.00} s  CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds,6:0.00} s  {n} riviä  allokoitu {(GC.GetTotalAllocatedBytes() - allokoitu) / 1048576.0,6:0} Mt");
        }

        if (Environment.GetEnvironmentVariable("KOSKI_RAPORTTI_KOPIO") is { Length: > 0 } kopio)
        {
            await using var db = tietokanta.CreateDbContext();
            await db.Database.ExecuteSqlAsync($"VACUUM INTO {kopio}");
        }
        Console.WriteLine("Profiili (vuosiluokan kysely):");
        await Mittaa("kysely, ei järjestystä", false, _ => { });
        await Mittaa("kysely, järjestettynä", true, _ => { });
        await Mittaa("kysely näkyvyysehdolla, järjestettynä", true, _ => { }, nakyvyysehto: true);
        await Mittaa("kysely + JsonNode.Parse + suoritukset läpi", true, json =>
        {
            foreach (var s in (JsonNode.Parse(json)!["suoritukset"] as JsonArray)!)
                foreach (var a in (s!["osasuoritukset"] as JsonArray)!) _ = a!["arviointi"];
        });
        await Mittaa("kysely + JsonDocument.Parse + suoritukset läpi", true, json =>
        {
            using var d = JsonDocument.Parse(json);
            foreach (var s in d.RootElement.GetProperty("suoritukset").EnumerateArray())
                foreach (var a in s.GetProperty("osasuoritukset").EnumerateArray()) _ = a.GetProperty("arviointi");
        });
    }
}
