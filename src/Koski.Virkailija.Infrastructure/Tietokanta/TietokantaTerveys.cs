using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>/health: can the database be reached, and is its schema the newest.</summary>
public sealed class TietokantaTerveys(IDbContextFactory<KoskiDbContext> factory, TietokantaAsetukset asetukset) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var tiedot = new Dictionary<string, object> { ["provider"] = asetukset.Tarjoaja };
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            if (!await db.Database.CanConnectAsync(ct))
                return HealthCheckResult.Unhealthy("Tietokantaan ei saada yhteyttä.", data: tiedot);
            var odottavat = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            tiedot["migraatiot"] = (await db.Database.GetAppliedMigrationsAsync(ct)).Count();
            tiedot["odottavatMigraatiot"] = odottavat.Count;
            return odottavat.Count == 0
                ? HealthCheckResult.Healthy("Tietokanta on käytettävissä.", tiedot)
                : HealthCheckResult.Degraded("Tietokannan rakenne ei ole ajan tasalla.", data: tiedot);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Tietokantaan ei saada yhteyttä.", data: tiedot);
        }
    }
}
