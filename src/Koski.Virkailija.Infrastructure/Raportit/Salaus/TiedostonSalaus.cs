using Koski.Virkailija.Application.Massaluovutukset;

namespace Koski.Virkailija.Infrastructure.Raportit.Salaus;

/// <summary>The application's view of <see cref="AgileSalaus"/>.</summary>
public sealed class TiedostonSalaus : ITiedostonSalaus
{
    public Task SalaaAsync(Stream selko, Stream kohde, string salasana, CancellationToken ct) =>
        AgileSalaus.SalaaAsync(selko, kohde, salasana, ct);
}
