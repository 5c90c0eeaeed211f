using Koski.Virkailija.Application.Tietokanta;
using Koski.Virkailija.Domain.Organisaatiot;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Application.Organisaatiot;

/// <summary>
/// The organisation tree, loaded once from the database and kept in memory (a few thousand rows);
/// reloaded after every import.
/// </summary>
public sealed class OrganisaatioHakemisto(IKoskiDbFactory tietokanta)
{
    private Task<OrganisaatioPuu>? puu;

    public Task<OrganisaatioPuu> PuuAsync(CancellationToken ct = default)
    {
        var lataus = puu;
        if (lataus is null || lataus.IsFaulted || lataus.IsCanceled)
        {
            // Shared by every caller, so no caller's cancellation may end it; a failed load is retried next time.
            lataus = LataaAsync();
            Interlocked.Exchange(ref puu, lataus);
        }
        return lataus.WaitAsync(ct);
    }

    public void Tyhjenna() => Interlocked.Exchange(ref puu, null);

    private async Task<OrganisaatioPuu> LataaAsync()
    {
        await using var db = await tietokanta.AvaaAsync();
        var kaikki = await db.Organisaatiot.AsNoTracking().ToListAsync();
        return new OrganisaatioPuu(kaikki);
    }
}
