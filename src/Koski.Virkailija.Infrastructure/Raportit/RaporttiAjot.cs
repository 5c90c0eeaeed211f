using System.Collections.Concurrent;
using Koski.Virkailija.Application.Raportit;
using Koski.Virkailija.Infrastructure.Raportit.Salaus;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Infrastructure.Raportit;

/// <summary>
/// Writes reports in the background to temporary files (the writers are synchronous, so never to a response), keeps
/// them for an hour for their owner's download, and deletes them after. Every xlsx is protected with a new one-time
/// password, as in KOSKI: the caller shows it once; it is not kept here, nor logged.
/// <para>
/// The runs and their files belong to this instance: the page that starts a run lives in this instance's circuit, and
/// with sticky sessions (which the circuits need anyway) the same browser's download comes here too. Another instance
/// answers 404 for the run (README "Running more than one instance"; KaksiInstanssiaTests).
/// </para>
/// </summary>
public sealed class RaporttiAjot(IEnumerable<ITaulukkoKirjoittaja> kirjoittajat, TimeProvider aika, ILogger<RaporttiAjot> loki) : IDisposable
{
    private static readonly TimeSpan Sailytys = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<Guid, RaporttiAjo> ajot = new();
    private readonly string kansio = Directory.CreateTempSubdirectory("koski-raportit-").FullName;

    /// <summary>Starts the run; the password the xlsx file opens with (null for CSV, which cannot carry one).</summary>
    public (RaporttiAjo Ajo, string? Salasana) Aloita(long virkailijaId, RaportinSisalto sisalto, Tiedostomuoto muoto)
    {
        Siivoa();
        var kirjoittaja = kirjoittajat.Single(k => k.Muoto == muoto);
        var ajo = new RaporttiAjo(virkailijaId, sisalto, kirjoittaja, Path.Combine(kansio, Guid.NewGuid().ToString("N")), aika.GetUtcNow());
        var salasana = muoto == Tiedostomuoto.Xlsx ? Salasanat.Uusi() : null;
        ajot[ajo.Id] = ajo;
        _ = Task.Run(() => KirjoitaAsync(ajo, sisalto.Taulukot, kirjoittaja, salasana));
        return (ajo, salasana);
    }

    /// <summary>The user's own run; another user's id finds nothing.</summary>
    public RaporttiAjo? Hae(Guid id, long virkailijaId) =>
        ajot.TryGetValue(id, out var ajo) && ajo.VirkailijaId == virkailijaId ? ajo : null;

    /// <summary>The finished file to stream, or null while running, after failure, or for another user.</summary>
    public string? ValmisTiedosto(RaporttiAjo ajo) => ajo.Tila == RaporttiAjonTila.Valmis ? ajo.Polku : null;

    private async Task KirjoitaAsync(RaporttiAjo ajo, IReadOnlyList<Taulukko> taulukot, ITaulukkoKirjoittaja kirjoittaja, string? salasana)
    {
        // The plain file is written next to the final one and deleted as soon as it is encrypted (or on any failure).
        var selko = salasana is null ? ajo.Polku : ajo.Polku + ".selko";
        try
        {
            await using (var tiedosto = Luo(selko))
                await kirjoittaja.KirjoitaAsync(taulukot.Select(t => t with { Rivit = Peruttavat(t.Rivit, ajo.Token) }).ToList(), tiedosto, ajo, ajo.Token);
            if (salasana is not null)
            {
                await using (var luku = new FileStream(selko, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan))
                await using (var salattu = Luo(ajo.Polku))
                    await AgileSalaus.SalaaAsync(luku, salattu, salasana, ajo.Token);
                File.Delete(selko);
            }
            ajo.Paata(RaporttiAjonTila.Valmis);
        }
        catch (OperationCanceledException)
        {
            Poista(ajo.Polku, selko);
            ajo.Paata(RaporttiAjonTila.Peruttu);
        }
        catch (Exception e)
        {
            loki.LogError(e, "Raportin {Tiedosto} kirjoitus epäonnistui", ajo.Tiedostonimi);
            Poista(ajo.Polku, selko);
            ajo.Paata(RaporttiAjonTila.Epaonnistui);
        }
    }

    private static FileStream Luo(string polku) =>
        new(polku, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);

    private static void Poista(params string[] polut)
    {
        foreach (var polku in polut) File.Delete(polku);
    }

    /// <summary>Stops at the next row once cancelled, whether or not the rows' source listens to the token itself.</summary>
    private static async IAsyncEnumerable<object?[]> Peruttavat(IAsyncEnumerable<object?[]> rivit,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var rivi in rivit.WithCancellation(ct))
        {
            ct.ThrowIfCancellationRequested();
            yield return rivi;
        }
    }

    private void Siivoa()
    {
        foreach (var ajo in ajot.Values.Where(a => a.Tila != RaporttiAjonTila.Kaynnissa && aika.GetUtcNow() - a.Aloitettu > Sailytys))
        {
            ajot.TryRemove(ajo.Id, out _);
            File.Delete(ajo.Polku);
        }
    }

    public void Dispose()
    {
        foreach (var ajo in ajot.Values) ajo.Peru();
        try { Directory.Delete(kansio, recursive: true); }
        catch (IOException) { /* a file still being written; the OS temp cleaner takes it */ }
    }
}
