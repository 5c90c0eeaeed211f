using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Organisaatiot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Koski.Virkailija.Infrastructure.Alustus;

public static class AlustusPalvelut
{
    /// <summary>
    /// Registers the imports and the start-up seeding (<see cref="TietokannanAlustus"/>) configured by the "Seed"
    /// section; its relative paths are resolved against <paramref name="sisaltojuuri"/>. The services hold only the
    /// database factory, so they are singletons.
    /// </summary>
    public static IServiceCollection AddKoskiAlustus(this IServiceCollection services, IConfiguration configuration,
        string sisaltojuuri)
    {
        var asetukset = configuration.GetSection(SeedAsetukset.Osio).Get<SeedAsetukset>() ?? new SeedAsetukset();
        services.AddSingleton(asetukset.Ratkaise(sisaltojuuri));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OrganisaatioHakemisto>();
        services.TryAddSingleton<OrganisaatioTuonti>();
        services.TryAddSingleton<Koodistot>();
        services.TryAddSingleton<KoodistoTuonti>();
        services.TryAddSingleton<OpiskeluoikeusTallennus>();
        services.TryAddSingleton<TiedonsiirtoTuonti>();
        services.TryAddSingleton<DemoData>();
        services.TryAddSingleton<PalvelukayttajaSeed>();
        services.AddHostedService<TietokannanAlustus>();
        return services;
    }
}
