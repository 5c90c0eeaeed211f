using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Koski.Virkailija.Web.Kirjautuminen;

public static class KirjautumisPalvelut
{
    public const string Evaste = "koski.virkailija";

    public static WebApplicationBuilder AddKoskiKirjautuminen(this WebApplicationBuilder builder)
    {
        var asetukset = builder.Configuration.GetSection(KirjautumisAsetukset.Osio).Get<KirjautumisAsetukset>() ?? new();
        if (asetukset.Kehitys && builder.Environment.IsProduction())
            throw new InvalidOperationException(
                "Authentication:Mode=Development (kehityskirjautuminen) ei ole sallittu Production-ympäristössä.");
        builder.Services.AddSingleton(asetukset);

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = Evaste;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
                    ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.LoginPath = "/kirjaudu";
                options.ReturnUrlParameter = "returnUrl";
                options.AccessDeniedPath = "/ei-oikeutta";
                options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = RoolienPaivitys.PaivitaAsync;
            });
        builder.Services.AddAuthorization(options =>
        {
            foreach (var sivu in Sivut.Kaikki)
                options.AddPolicy(SivuPolitiikka.Nimi(sivu), p => p.AddRequirements(new SivuPolitiikka(sivu)));
        });
        builder.Services.AddScoped<IAuthorizationHandler, SivuPolitiikkaKasittelija>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<AuthenticationStateProvider, RoolienTarkistus>();
        builder.Services.AddScoped<AktiivinenKayttaja>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditKonteksti, WebAuditKonteksti>();
        builder.Services.AddScoped<CircuitHandler, AuditKontekstinTallennus>();
        return builder;
    }
}
