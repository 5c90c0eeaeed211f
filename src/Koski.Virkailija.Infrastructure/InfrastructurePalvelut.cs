using Koski.Virkailija.Infrastructure.Alustus;
using Koski.Virkailija.Infrastructure.Istunnot;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Infrastructure;

public static class InfrastructurePalvelut
{
    public static IServiceCollection AddKoskiInfrastructure(this IServiceCollection services, IConfiguration configuration,
        string sisaltojuuri)
    {
        services.AddKoskiTietokanta(configuration, sisaltojuuri);
        services.AddKoskiAlustus(configuration, sisaltojuuri);
        services.AddKoskiIstunnot();
        services.AddSingleton<Application.Kayttooikeudet.ISalasanaTiivistaja, Kayttooikeudet.PalvelukayttajanSalasana>();
        services.AddHostedService<Kayttooikeudet.KayttooikeuksienVanhentuminen>();
        services.AddSingleton<Application.Raportit.ITaulukkoKirjoittaja, Raportit.XlsxKirjoittaja>();
        services.AddSingleton<Application.Raportit.ITaulukkoKirjoittaja, Raportit.CsvKirjoittaja>();
        services.AddSingleton<Raportit.RaporttiAjot>();
        services.AddSingleton<Application.Massaluovutukset.ITiedostonSalaus, Raportit.Salaus.TiedostonSalaus>();
        services.AddSingleton(configuration.GetSection(Application.Massaluovutukset.MassaluovutusAsetukset.Osio)
            .Get<Application.Massaluovutukset.MassaluovutusAsetukset>() ?? new());
        services.AddSingleton(configuration.GetSection(Application.Tiedonsiirto.TiedonsiirtolokiAsetukset.Osio)
            .Get<Application.Tiedonsiirto.TiedonsiirtolokiAsetukset>() ?? new());
        services.AddHostedService<Tiedonsiirto.TiedonsiirtolokinKirjoittaja>();
        if (configuration.GetValue("Massaluovutus:Kaytossa", true))
            services.AddHostedService<Massaluovutukset.MassaluovutusTyontekija>();
        services.AddSingleton(configuration.GetSection(Application.Henkilot.OppijoidenTuontiAsetukset.Osio)
            .Get<Application.Henkilot.OppijoidenTuontiAsetukset>() ?? new());
        if (configuration.GetValue("OppijoidenTuonti:Kaytossa", true))
            services.AddHostedService<Henkilot.OppijoidenTuontiTyontekija>();
        return services;
    }
}
