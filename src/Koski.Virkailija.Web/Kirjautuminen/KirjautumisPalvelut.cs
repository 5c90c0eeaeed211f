using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

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

        var autentikointi = builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        autentikointi.AddCookie(options =>
            {
                options.Cookie.Name = Evaste;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
                    ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                options.LoginPath = "/kirjaudu";
                options.ReturnUrlParameter = "returnUrl";
                options.AccessDeniedPath = "/ei-oikeutta";
                options.ExpireTimeSpan = IstunnonKesto.Joutoaika;
                options.SlidingExpiration = true;
                options.Events.OnValidatePrincipal = IstunnonKesto.TarkistaAsync;
                // The ticket lives in the database (IstuntoVarasto); the cookie carries only its key.
                options.Events.OnSigningIn = IstunnonKesto.KirjaudutaanAsync;
                options.Events.OnSignedIn = IstunnonKesto.KirjauduttuAsync;
                // The data-transfer API answers 401/403 itself; a redirect to the sign-in page is for browsers' pages.
                options.Events.OnRedirectToLogin = ApiEiOhjaa(options.Events.OnRedirectToLogin);
                options.Events.OnRedirectToAccessDenied = ApiEiOhjaa(options.Events.OnRedirectToAccessDenied);
            });
        builder.Services.AddSingleton<IstuntoVarasto>();
        builder.Services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IstuntoVarasto>((options, varasto) => options.SessionStore = varasto);
        if (!asetukset.Kehitys) asetukset.Oidc = OidcKirjautuminen.LisaaOidc(builder, autentikointi);
        builder.Services.AddAuthorization(options =>
        {
            foreach (var sivu in Sivut.Kaikki)
                options.AddPolicy(SivuPolitiikka.Nimi(sivu), p => p.AddRequirements(new SivuPolitiikka(sivu)));
        });
        builder.Services.AddScoped<IAuthorizationHandler, SivuPolitiikkaKasittelija>();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<PiirinKaytto>();
        builder.Services.AddScoped<CircuitHandler>(p => p.GetRequiredService<PiirinKaytto>());
        builder.Services.AddScoped<AuthenticationStateProvider, IstunnonTarkistus>();
        builder.Services.AddScoped<AktiivinenKayttaja>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditKonteksti, WebAuditKonteksti>();
        builder.Services.AddScoped<CircuitHandler, AuditKontekstinTallennus>();
        return builder;
    }

    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> ApiEiOhjaa(
        Func<RedirectContext<CookieAuthenticationOptions>, Task> ohjaus) =>
        konteksti => konteksti.Request.Path.StartsWithSegments(Api.KoskiApi.Polku) ? Task.CompletedTask : ohjaus(konteksti);

    /// <summary>The identity provider's origin in OpenID Connect mode (sign-out forms redirect there), otherwise null.</summary>
    public static string? TunnistuspalvelunOsoite(this WebApplication app) =>
        app.Services.GetRequiredService<KirjautumisAsetukset>().Oidc
            ? app.Services.GetRequiredService<OidcAsetukset>().AuthorityOrigin
            : null;
}
