using Koski.Virkailija.Application.Kayttooikeudet;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Koski.Virkailija.Infrastructure.Kayttooikeudet;

/// <summary>
/// Marks expired grants VANHENTUNUT at start-up and then every hour. Access does not wait for this: a grant stops
/// counting the moment its last day has passed, and open sessions re-check their grants.
/// <para>
/// Every instance runs it. Two runs at once cannot expire a grant twice: the save carries each grant's version, so
/// the later save is refused whole (VanhentuminenRinnakkainTests, KaksiInstanssiaTests).
/// </para>
/// </summary>
public sealed class KayttooikeuksienVanhentuminen(KayttooikeuksienYllapito yllapito, ILogger<KayttooikeuksienVanhentuminen> loki)
    : BackgroundService
{
    public static readonly TimeSpan Vali = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var ajastin = new PeriodicTimer(Vali);
        do
        {
            try
            {
                var maara = await yllapito.MerkitseVanhentuneetAsync(stoppingToken);
                if (maara > 0) loki.LogInformation("{Maara} käyttöoikeutta merkittiin vanhentuneeksi", maara);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                loki.LogError(e, "Vanhentuneiden käyttöoikeuksien merkintä epäonnistui");
            }
        } while (await ajastin.WaitForNextTickAsync(stoppingToken));
    }
}
