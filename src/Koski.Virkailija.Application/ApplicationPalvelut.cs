using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Application.Opiskeluoikeudet;
using Koski.Virkailija.Application.Oppijat;
using Koski.Virkailija.Application.Organisaatiot;
using Koski.Virkailija.Application.Tiedonsiirto;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Koski.Virkailija.Application;

public static class ApplicationPalvelut
{
    public static IServiceCollection AddKoskiApplication(this IServiceCollection services)
    {
        // TryAdd: a test's clock, registered first, is the one everything reads.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OrganisaatioHakemisto>();
        services.AddSingleton<KayttajaPalvelu>();
        services.AddSingleton<OmatTiedotPalvelu>();
        services.TryAddScoped<IAuditKonteksti, EiAuditKontekstia>();
        services.AddScoped<AuditLoki>();
        services.TryAddSingleton<OpiskeluoikeusTallennus>();
        // The web app binds its own from configuration (Validointi:Rajapaivat); KOSKI's defaults otherwise.
        services.TryAddSingleton(new Domain.Validointi.Rajapaivat());
        services.AddSingleton<OpiskeluoikeudenValidointi>();
        services.AddScoped<TiedonsiirtoPalvelu>();
        services.AddScoped<TiedonsiirtoHaku>();
        // One queue per process: recording a transfer only enqueues its row (Tiedonsiirtoloki).
        services.TryAddSingleton(new TiedonsiirtolokiAsetukset());
        services.AddSingleton<Tiedonsiirtoloki>();
        services.AddScoped<TiedonsiirtolokinHaku>();
        services.AddScoped<Kirjautumiset>();
        services.AddSingleton<Kayttooikeudet.KayttooikeuksienYllapito>();
        services.AddScoped<Kayttooikeudet.KayttooikeusHallinta>();
        services.AddScoped<Kayttooikeudet.Kayttooikeusanomukset>();
        services.AddScoped<Kayttooikeudet.Palvelukayttajat>();
        services.TryAddSingleton<Koodistot.Koodistot>();
        services.AddScoped<OppijaHaku>();
        services.AddScoped<Opiskelijalista>();
        services.AddScoped<OppijanTiedot>();
        services.AddScoped<Versiohistoria>();
        services.AddSingleton<Katseluhistoria>();
        services.AddScoped<Syotto.OpiskeluoikeusSyotto>();
        services.AddScoped<Syotto.Paikkakunnat>();
        services.AddScoped<Raportit.Raportit>();
        services.AddScoped<Massaluovutukset.MassaluovutusPalvelu>();
        services.AddScoped<Massaluovutukset.MassaluovutusAjo>();
        services.AddScoped<Massaluovutukset.IMassaluovutuksenSuoritus, Massaluovutukset.OrganisaationOpiskeluoikeuksienSuoritus>();
        services.AddScoped<Massaluovutukset.IMassaluovutuksenSuoritus, Massaluovutukset.PaallekkaistenSuoritus>();
        services.AddScoped<Massaluovutukset.IMassaluovutuksenSuoritus, Massaluovutukset.LuokallejaaneidenSuoritus>();
        services.AddScoped<Henkilot.OppijanLuonti>();
        services.AddScoped<Henkilot.Yksilointi>();
        services.AddScoped<Henkilot.Henkilotiedot>();
        services.TryAddSingleton(new Henkilot.OppijoidenTuontiAsetukset());
        services.AddScoped<Henkilot.OppijoidenTuontiPalvelu>();
        services.AddScoped<Henkilot.OppijoidenTuontiAjo>();
        return services;
    }
}
