using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Infrastructure.Istunnot;

public static class IstuntoPalvelut
{
    /// <summary>The same on every instance and content root: cookies protected by one instance open on the others.</summary>
    public const string SovelluksenNimi = "Koski.Virkailija";

    /// <summary>Data-protection keys in the database and the single-use nonce record of OpenID Connect sign-ins.</summary>
    public static IServiceCollection AddKoskiIstunnot(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(SovelluksenNimi);
        services.AddOptions<KeyManagementOptions>()
            .Configure<IDbContextFactory<KoskiDbContext>>((o, kontekstit) => o.XmlRepository = new TietokantaAvainVarasto(kontekstit));
        services.AddSingleton<KaytetytNoncet>();
        services.AddSingleton<Oidc.IdTokenTarkistus>();
        return services;
    }
}
