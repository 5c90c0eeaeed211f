using System.Diagnostics;
using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Massaluovutukset;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Massaluovutukset;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Koski.Virkailija.Benchmarks;

/// <summary>
/// <c>organisaationOpiskeluoikeudet</c> (JSON) over the whole national dataset as OPH's main user: rows per second,
/// the process's peak memory while the query runs (target ≤ 200 MB whatever the size: rows stream and each result
/// file is written as it fills), and the ratio of its time to a plain <c>COPY … TO STDOUT</c> of the same rows' documents
/// in the same order in the same run (the floor: reading the data and nothing else).
/// </summary>
public static class Massaluovutusmittaus
{
    public static async Task AjaAsync(int maara)
    {
        Console.WriteLine($"Massaluovutus: Postgres, {maara} opiskeluoikeutta, organisaationOpiskeluoikeudet (JSON) koko maasta");
        await using var tietokanta = await TestiTietokanta.LuoAsync("Postgres", yhteyspooli: true);
        var kello = Stopwatch.StartNew();
        await Aineisto.LuoAsync(tietokanta.CreateDbContext, maara, Console.WriteLine);
        await using (var db = tietokanta.CreateDbContext()) await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        Console.WriteLine($"Aineisto luotu {kello.Elapsed.TotalSeconds:0} s");

        var hakemisto = new OrganisaatioHakemisto(tietokanta);
        var audit = new AuditLoki(tietokanta, new EiAuditKontekstia(), TimeProvider.System, NullLogger<AuditLoki>.Instance);
        var suoritus = new OrganisaationOpiskeluoikeuksienSuoritus(new Lukutietokanta(tietokanta), hakemisto, audit, new MassaluovutusAsetukset());
        var oph = new Kayttaja(2, "oph", "OPH", [new Rooli(Kayttooikeusryhma.OphPaakayttaja, Organisaatio.JuuriOid, "Opetushallitus")],
            "1.2.246.562.24.80000000002");
        var kysely = new OrganisaationOpiskeluoikeudet(Tulosmuoto.Json, Organisaatio.JuuriOid, new DateOnly(1900, 1, 1));

        // The floor first: the same rows' documents, in the same order, straight out of PostgreSQL.
        var lattia = await KopioAsync(tietokanta);
        Console.WriteLine($"COPY TO STDOUT: {lattia.Rivit} riviä {lattia.Aika.TotalSeconds:0.0} s ({lattia.Rivit / lattia.Aika.TotalSeconds:0} riviä/s), {Kuorma.Nyt()}");

        GC.Collect();
        using var prosessi = Process.GetCurrentProcess();
        var alussa = prosessi.WorkingSet64;
        long huippu = alussa, hallittuHuippu = GC.GetTotalMemory(false);
        using var seuranta = new CancellationTokenSource();
        var mittari = Task.Run(async () =>
        {
            while (!seuranta.IsCancellationRequested)
            {
                prosessi.Refresh();
                huippu = Math.Max(huippu, prosessi.WorkingSet64);
                hallittuHuippu = Math.Max(hallittuHuippu, GC.GetTotalMemory(false));
                try { await Task.Delay(50, seuranta.Token); } catch (OperationCanceledException) { }
            }
        });
        var id = Guid.NewGuid();
        await using (var db = tietokanta.CreateDbContext())
        {
            db.Massaluovutukset.Add(new Massaluovutus
            {
                Id = id, Pyytaja = oph.Oid!, Tyyppi = kysely.Tyyppi, Muoto = kysely.Muoto, Kysely = kysely.Json().ToJsonString(),
                Tila = Massaluovutustila.Kaynnissa, Luotu = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var sw = Stopwatch.StartNew();
        var tulokset = new Tulokset(tietokanta, id);
        await suoritus.SuoritaAsync(new MassaluovutuksenKonteksti(kysely, oph, null, tulokset), CancellationToken.None);
        sw.Stop();
        await seuranta.CancelAsync();
        await mittari;
        long tavut;
        await using (var db = tietokanta.CreateDbContext())
            tavut = await db.MassaluovutuksenTiedostot.Where(t => t.MassaluovutusId == id).SumAsync(t => (long)t.Sisalto.Length);
        Console.WriteLine($"Massaluovutus: {lattia.Rivit} opiskeluoikeutta {sw.Elapsed.TotalSeconds:0.0} s "
            + $"({lattia.Rivit / sw.Elapsed.TotalSeconds:0} riviä/s), {tulokset.Nimet.Count} tiedostoa, {tavut / 1048576} MiB, "
            + $"suhde COPY-lattiaan {sw.Elapsed / lattia.Aika:0.0}×, {Kuorma.Nyt()}");
        Console.WriteLine($"Muisti kyselyn aikana: työjoukon huippu {huippu / 1048576} MiB (alussa {alussa / 1048576} MiB), "
            + $"hallitun keon huippu {hallittuHuippu / 1048576} MiB; tavoite ≤ 200 MiB");
    }

    private static async Task<(long Rivit, TimeSpan Aika)> KopioAsync(TestiTietokanta tietokanta)
    {
        await using var db = tietokanta.CreateDbContext();
        var yhteys = (NpgsqlConnection)db.Database.GetDbConnection();
        await yhteys.OpenAsync();
        var sw = Stopwatch.StartNew();
        long rivit = 0;
        using (var lukija = await yhteys.BeginTextExportAsync(
                   "COPY (SELECT o.json FROM opiskeluoikeus o JOIN oppija h ON h.oid = o.oppija_oid "
                   + "WHERE NOT o.mitatoity ORDER BY o.oppija_oid, o.oid) TO STDOUT"))
        {
            while (await lukija.ReadLineAsync() is not null) rivit++;
        }
        return (rivit, sw.Elapsed);
    }
}
