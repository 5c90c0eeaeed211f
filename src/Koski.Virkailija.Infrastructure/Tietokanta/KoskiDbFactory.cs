using Koski.Virkailija.Application.Tietokanta;
using Microsoft.EntityFrameworkCore;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

internal sealed class KoskiDbFactory(IDbContextFactory<KoskiDbContext> factory) : IKoskiDbFactory
{
    public async Task<IKoskiDb> AvaaAsync(CancellationToken cancellationToken = default) =>
        await factory.CreateDbContextAsync(cancellationToken);
}
