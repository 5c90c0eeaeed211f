using Koski.Virkailija.Application.Henkilot;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Infrastructure.Henkilot;

/// <summary>
/// Each app instance runs one: take a queued learner batch (or one whose worker fell silent) from the shared queue
/// and process it (<see cref="OppijoidenTuontiAjo"/>); when none waits, look again after
/// <see cref="OppijoidenTuontiAsetukset.Kyselyvali"/>.
/// </summary>
public sealed class OppijoidenTuontiTyontekija(IServiceScopeFactory palvelut, OppijoidenTuontiAsetukset asetukset,
    ILogger<OppijoidenTuontiTyontekija> loki) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nimi = $"{Environment.MachineName[..Math.Min(40, Environment.MachineName.Length)]}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        using var ajastin = new PeriodicTimer(asetukset.Kyselyvali);
        do
        {
            try
            {
                bool ajettiin;
                do
                {
                    await using var scope = palvelut.CreateAsyncScope();
                    ajettiin = await scope.ServiceProvider.GetRequiredService<OppijoidenTuontiAjo>().AjaSeuraavaAsync(nimi, stoppingToken);
                } while (ajettiin && !stoppingToken.IsCancellationRequested);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                loki.LogError(e, "Oppijoiden tuontijonon käsittely epäonnistui");
            }
        } while (await ajastin.WaitForNextTickAsync(stoppingToken));
    }
}
