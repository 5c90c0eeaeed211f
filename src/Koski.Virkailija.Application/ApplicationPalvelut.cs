using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Organisaatiot;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Application;

public static class ApplicationPalvelut
{
    public static IServiceCollection AddKoskiApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OrganisaatioHakemisto>();
        services.AddSingleton<KayttajaPalvelu>();
        services.AddSingleton<OmatTiedotPalvelu>();
        return services;
    }
}
