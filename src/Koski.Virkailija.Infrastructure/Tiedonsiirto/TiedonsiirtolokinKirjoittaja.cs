using Koski.Virkailija.Application.Tiedonsiirto;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Infrastructure.Tiedonsiirto;

/// <summary>
/// Writes the queued transfer-log rows every second (and once more at shutdown), and deletes rows past the retention
/// once an hour.
/// </summary>
public sealed class TiedonsiirtolokinKirjoittaja(Tiedonsiirtoloki loki, TimeProvider aika, ILogger<TiedonsiirtolokinKirjoittaja> logger)
    : BackgroundService
{
    private static readonly TimeSpan Kirjoitusvali = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Siivousvali = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seuraavaSiivous = aika.GetUtcNow();
        using var ajastin = new PeriodicTimer(Kirjoitusvali, aika);
        try
        {
            while (await ajastin.WaitForNextTickAsync(stoppingToken))
            {
                await YritaAsync(() => loki.TallennaAsync(stoppingToken), "kirjoitus");
                if (aika.GetUtcNow() < seuraavaSiivous) continue;
                seuraavaSiivous = aika.GetUtcNow() + Siivousvali;
                await YritaAsync(() => loki.PoistaVanhatAsync(stoppingToken), "siivous");
            }
        }
        catch (OperationCanceledException)
        {
        }
        await YritaAsync(() => loki.TallennaAsync(CancellationToken.None), "kirjoitus");
    }

    private async Task YritaAsync(Func<Task> toiminto, string mika)
    {
        try
        {
            await toiminto();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Tiedonsiirtolokin {Toiminto} epäonnistui; yritetään uudelleen", mika);
        }
    }
}
