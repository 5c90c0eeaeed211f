using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Koski.Virkailija.Infrastructure.Istunnot;

public static class IstuntoPalvelut
{
    /// <summary>The same on every instance and content root: cookies protected by one instance open on the others.</summary>
    public const string SovelluksenNimi = "Koski.Virkailija";

    /// <summary>
    /// Data-protection keys in the database, the server-side sessions, and the single-use nonce record of OpenID
    /// Connect sign-ins.
    /// </summary>
    public static IServiceCollection AddKoskiIstunnot(this IServiceCollection services)
    {
        // ASP.NET Core's EF Core key store, on the table (suojausavain) the app's own store used: its keys still apply.
        // It asks a scope for the context; AddDbContextFactory registers that too, a bare factory (tests) does not.
        services.TryAddScoped(p => p.GetRequiredService<IDbContextFactory<KoskiDbContext>>().CreateDbContext());
        services.AddDataProtection().SetApplicationName(SovelluksenNimi).PersistKeysToDbContext<KoskiDbContext>();
        services.AddSingleton<KaytetytNoncet>();
        services.AddSingleton<Istunnot>();
        services.AddSingleton<EpaonnistuneetKirjautumiset>();
        return services;
    }
}
