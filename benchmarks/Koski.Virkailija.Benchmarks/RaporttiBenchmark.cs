using System.Diagnostics;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Infrastructure.Raportit.Salaus;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// Report generation end to end (query, redaction, writing a file) for one huge school: the time and the peak memory of
/// the päällekkäiset and vuosiluokka reports as xlsx, as password-protected xlsx (what the app serves) and, in the same
/// run, as CSV of the same rows.
/// </summary>
public static class RaporttiBenchmark
{
    public static async Task AjaAsync(string tarjoaja, int oppilaita, bool paallekkaiset, bool ajaVuosiluokka = true)
    {
        Console.WriteLine($"Raporttibenchmark: {tarjoaja}, {oppilaita} oppilasta{(paallekkaiset ? " + päällekkäiset lukio-opiskeluoikeudet" : "")}");
        await using var tietokanta = await TestiTietokanta.LuoAsync(tarjoaja);
        var kello = Stopwatch.StartNew();
        await RaporttiAineisto.LuoAsync(tietokanta.CreateDbContext, oppilaita, paallekkaiset, Console.WriteLine);
        await using (var db = tietokanta.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync(tarjoaja == "Postgres" ? "ANALYZE" : "ANALYZE;");
        Console.WriteLine($"Aineisto luotu {kello.Elapsed.TotalSeconds:0} s");

        var organisaatiot = new OrganisaatioHakemisto(tietokanta);
        var audit = new AuditLoki(tietokanta, new EiAuditKontekstia(), TimeProvider.System, NullLogger<AuditLoki>.Instance);
        var raportit = new Application.Raportit.Raportit(new Application.Tietokanta.Lukutietokanta(tietokanta), organisaatiot, new Application.Koodistot.Koodistot(tietokanta),
            new Application.Kayttooikeudet.KayttooikeusHallinta(tietokanta, organisaatiot, TimeProvider.System, audit), audit, TimeProvider.System);
        var katselija = new Kayttaja(1, "katselija", "Katselija",
            [new Rooli(Kayttooikeusryhma.KoskiKatselija, RaporttiAineisto.Toimija, "Suurkunta")], "1.2.246.562.24.80000000001");
        if (Environment.GetEnvironmentVariable("KOSKI_RAPORTTI_PROFIILI") == "1") await RaporttiProfiili.AjaAsync(tietokanta, katselija);
        var vuosiluokka = new RaportinParametrit(RaporttiLaji.PerusopetuksenVuosiluokka, RaporttiAineisto.Koulu, new(2024, 1, 1), new(2024, 12, 31),
            new(2024, 10, 1), 7);
        var paallekkaisetParametrit = vuosiluokka with { Laji = RaporttiLaji.PaallekkaisetOpiskeluoikeudet };

        var ajot = new List<RaporttiLaji>();
        if (ajaVuosiluokka) ajot.Add(RaporttiLaji.PerusopetuksenVuosiluokka);
        if (paallekkaiset) ajot.Add(RaporttiLaji.PaallekkaisetOpiskeluoikeudet);
        Console.WriteLine($"Kuorma (load average) alussa: {Kuorma()}");
        foreach (var laji in ajot)
        {
            var parametrit = laji == RaporttiLaji.PerusopetuksenVuosiluokka ? vuosiluokka : paallekkaisetParametrit;
            // KOSKI_RAPORTTI_NOPEA=1 (for a million rows): no warm-up and no rows-only pass.
            var nopea = Environment.GetEnvironmentVariable("KOSKI_RAPORTTI_NOPEA") == "1";
            if (!nopea) await MittaaAsync(raportit, katselija, parametrit, new CsvKirjoittaja()); // warm-up
            // Rows alone (query, JSON, redaction) split from the writing, so the time of each is seen.
            var pelkat = nopea ? null : await MittaaAsync(raportit, katselija, parametrit, null);
            var csv = await MittaaAsync(raportit, katselija, parametrit, new CsvKirjoittaja());
            var xlsx = await MittaaAsync(raportit, katselija, parametrit, new XlsxKirjoittaja());
            var salattu = await MittaaAsync(raportit, katselija, parametrit, new XlsxKirjoittaja(), salaa: true);
            Console.WriteLine($"{laji} ({xlsx.Rivit} riviä, kuorma {Kuorma()}):");
            foreach (var (nimi, m) in new[] { ("rivit ilman kirjoitusta", pelkat), ("CSV", csv), ("xlsx", xlsx), ("xlsx salattu", salattu) }
                         .Where(m => m.Item2 is not null))
                Console.WriteLine($"  {nimi,-24} {m!.Aika.TotalSeconds,6:0.00} s (CPU {m.Suoritinaika.TotalSeconds,6:0.00} s)  {m.Rivit / m.Aika.TotalSeconds,9:0} riviä/s  " +
                                  $"huippu (working set) {m.HuippuMt,5:0} Mt  GC-keko huippu {m.KekoMt,5:0} Mt  allokoitu {m.AllokoituMt,7:0} Mt");
            Console.WriteLine($"  xlsx/CSV {xlsx.Aika / csv.Aika:0.00}");
        }
    }

    private static string Kuorma() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private sealed record Mittaus(long Rivit, TimeSpan Aika, TimeSpan Suoritinaika, double HuippuMt, double KekoMt, double AllokoituMt);

    /// <summary>
    /// One run of the report; without a writer the rows are only enumerated. <paramref name="salaa"/>: the file is then
    /// encrypted into a second one with a one-time password, as the app's runs do.
    /// </summary>
    private static async Task<Mittaus> MittaaAsync(Application.Raportit.Raportit raportit,
        Kayttaja kayttaja, RaportinParametrit parametrit, ITaulukkoKirjoittaja? kirjoittaja, bool salaa = false)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var prosessi = Process.GetCurrentProcess();
        prosessi.Refresh();
        long huippu = prosessi.WorkingSet64, keko = GC.GetTotalMemory(false);
        using var lopetus = new CancellationTokenSource();
        // Samples the working set (what the machine pays) and the managed heap while the report runs.
        var seuranta = Task.Run(async () =>
        {
            while (!lopetus.IsCancellationRequested)
            {
                prosessi.Refresh();
                huippu = Math.Max(huippu, prosessi.WorkingSet64);
                keko = Math.Max(keko, GC.GetTotalMemory(false));
                await Task.Delay(20);
            }
        });
        var polku = Path.GetTempFileName();
        long rivit = 0;
        var allokoitu = GC.GetTotalAllocatedBytes();
        var cpu = prosessi.TotalProcessorTime;
        var kello = Stopwatch.StartNew();
        var sisalto = await raportit.LuoAsync(kayttaja, parametrit);
        if (kirjoittaja is null)
            await foreach (var _ in sisalto.Taulukko.Rivit) rivit++;
        else
            await using (var tiedosto = File.Create(polku))
                await kirjoittaja.KirjoitaAsync(sisalto.Taulukot, tiedosto, new Synkroninen(n => rivit = n));
        if (salaa)
        {
            await using (var selko = File.OpenRead(polku))
            await using (var kohde = File.Create(polku + ".salattu"))
                await AgileSalaus.SalaaAsync(selko, kohde, Salasanat.Uusi());
            File.Delete(polku + ".salattu");
        }
        var aika = kello.Elapsed;
        prosessi.Refresh();
        var suoritinaika = prosessi.TotalProcessorTime - cpu;
        allokoitu = GC.GetTotalAllocatedBytes() - allokoitu;
        await lopetus.CancelAsync();
        await seuranta;
        File.Delete(polku);
        const double Mt = 1024.0 * 1024.0;
        return new(rivit, aika, suoritinaika, huippu / Mt, keko / Mt, allokoitu / Mt);
    }

    private sealed class Synkroninen(Action<long> kuuntelija) : IProgress<long>
    {
        public void Report(long value) => kuuntelija(value);
    }
}
