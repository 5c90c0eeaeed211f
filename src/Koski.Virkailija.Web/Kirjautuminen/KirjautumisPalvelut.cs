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
                // A redirect to the sign-in page is for browsers' pages: the data-transfer API answers 401/403 itself,
                // and a report download without a session answers 401 (a saved link, a script, a session that ended).
                options.Events.OnRedirectToLogin = EiOhjaustaRajapinnoille(options.Events.OnRedirectToLogin, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = EiOhjaustaRajapinnoille(options.Events.OnRedirectToAccessDenied, StatusCodes.Status403Forbidden);
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
        builder.Services.AddScoped<Uloskirjautuminen>();
        builder.Services.AddScoped<CircuitHandler>(p => p.GetRequiredService<PiirinKaytto>());
        builder.Services.AddScoped<AuthenticationStateProvider, IstunnonTarkistus>();
        builder.Services.AddScoped<KayttajanMuisti>();
        builder.Services.AddScoped<AktiivinenKayttaja>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditKonteksti, WebAuditKonteksti>();
        builder.Services.AddScoped<CircuitHandler, AuditKontekstinTallennus>();
        return builder;
    }

    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> EiOhjaustaRajapinnoille(
        Func<RedirectContext<CookieAuthenticationOptions>, Task> ohjaus, int tila) => konteksti =>
    {
        if (konteksti.Request.Path.StartsWithSegments(Api.KoskiApi.Polku)) return Task.CompletedTask;
        if (!konteksti.Request.Path.StartsWithSegments(Raportit.RaporttiEndpoints.Polku)) return ohjaus(konteksti);
        konteksti.Response.StatusCode = tila;
        // The bare status: the "page not found" page that status-code pages would render says the wrong thing.
        if (konteksti.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } sivut) sivut.Enabled = false;
        return Task.CompletedTask;
    };

    /// <summary>The identity provider's origin in OpenID Connect mode (sign-out forms redirect there), otherwise null.</summary>
    public static string? TunnistuspalvelunOsoite(this WebApplication app) =>
        app.Services.GetRequiredService<KirjautumisAsetukset>().Oidc
            ? app.Services.GetRequiredService<OidcAsetukset>().AuthorityOrigin
            : null;
}
