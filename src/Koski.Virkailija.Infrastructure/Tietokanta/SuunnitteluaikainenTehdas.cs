using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Koski.Virkailija.Infrastructure.Tietokanta;

/// <summary>
/// The context <c>dotnet ef</c> builds migrations with: the provider is the argument after <c>--</c>
/// (<c>Sqlite</c>, <c>Postgres</c> or <c>SqlServer</c>). Generating a migration opens no connection.
/// </summary>
public sealed class SuunnitteluaikainenTehdas : IDesignTimeDbContextFactory<KoskiDbContext>
{
    public KoskiDbContext CreateDbContext(string[] args)
    {
        var tarjoaja = args.FirstOrDefault() ?? throw new ArgumentException(
            "Anna tarjoaja: dotnet ef migrations add NIMI ... -- Sqlite|Postgres|SqlServer");
        return new KoskiDbContext(TietokantaPalvelut.Asetukset(new DbContextOptionsBuilder<KoskiDbContext>(), tarjoaja switch
        {
            TarjoajanMigraatiot.Sqlite => "Data Source=suunnittelu.db",
            TarjoajanMigraatiot.Postgres => "Host=localhost;Database=koski",
            TarjoajanMigraatiot.SqlServer => "Server=localhost;Database=koski;Integrated Security=true;TrustServerCertificate=true",
            _ => throw new ArgumentException($"Tuntematon tarjoaja {tarjoaja}: Sqlite, Postgres tai SqlServer."),
        }, tarjoaja).Options);
    }
}
