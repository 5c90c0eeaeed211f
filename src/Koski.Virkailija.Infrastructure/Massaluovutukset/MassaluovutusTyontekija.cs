using Koski.Virkailija.Application.Massaluovutukset;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Infrastructure.Massaluovutukset;

/// <summary>
/// Each app instance runs <see cref="MassaluovutusAsetukset.Rinnakkaisia"/> of these: take a pending bulk-handover
/// query from the shared queue and run it; when none waits, tidy the queue (silent workers' queries, expired
/// results) and look again after <see cref="MassaluovutusAsetukset.Kyselyvali"/>.
/// </summary>
public sealed class MassaluovutusTyontekija(IServiceScopeFactory palvelut, MassaluovutusAsetukset asetukset,
    ILogger<MassaluovutusTyontekija> loki) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(1, asetukset.Rinnakkaisia)).Select(_ => AjaAsync(Nimi(), stoppingToken)));

    /// <summary>A worker's name in the queue: host and process to read in logs, a random part to be unique.</summary>
    private static string Nimi() =>
        $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}-{Environment.ProcessId}-{Guid.NewGuid():N}";

    private async Task AjaAsync(string tyontekija, CancellationToken ct)
    {
        using var ajastin = new PeriodicTimer(asetukset.Kyselyvali);
        do
        {
            try
            {
                bool ajettiin;
                do
                {
                    await using var scope = palvelut.CreateAsyncScope();
                    var ajo = scope.ServiceProvider.GetRequiredService<MassaluovutusAjo>();
                    ajettiin = await ajo.AjaSeuraavaAsync(tyontekija, ct);
                    if (!ajettiin) await ajo.SiivoaAsync(ct);
                } while (ajettiin && !ct.IsCancellationRequested);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                loki.LogError(e, "Massaluovutusjonon käsittely epäonnistui");
            }
        } while (await ajastin.WaitForNextTickAsync(ct));
    }
}
