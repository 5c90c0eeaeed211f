namespace Koski.Virkailija.Application.Tietokanta;

/// <summary>
/// Where reports and bulk handovers read their rows: a read replica when the deployment names one
/// (<c>Database:Lukukopio</c>), else the primary database. A replica's rows lag the primary by the replication delay,
/// which a report or a handover tolerates and a form does not, so only those readers take it; their audit entries,
/// queue state and result files still go to the primary.
/// </summary>
public sealed class Lukutietokanta(IKoskiDbFactory tehdas) : IKoskiDbFactory
{
    public Task<IKoskiDb> AvaaAsync(CancellationToken cancellationToken = default) => tehdas.AvaaAsync(cancellationToken);
}
