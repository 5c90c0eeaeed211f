using Koski.Virkailija.Application.Auditointi;
using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
                options.Events.OnSigningIn = IstunnonKesto.KirjaudutaanAsync;
                options.Events.OnSignedIn = IstunnonKesto.KirjauduttuAsync;
                // A redirect to the sign-in page is for browsers' pages: the data-transfer API answers 401/403 itself,
                // and a report download without a session answers 401 (a saved link, a script, a session that ended).
                options.Events.OnRedirectToLogin = EiOhjaustaRajapinnoille(options.Events.OnRedirectToLogin, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = EiOhjaustaRajapinnoille(options.Events.OnRedirectToAccessDenied, StatusCodes.Status403Forbidden);
            });
        if (!asetukset.Kehitys) asetukset.Oidc = LisaaOidc(builder, autentikointi);
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
            ? app.Services.GetRequiredService<IOptionsMonitor<OidcAsetukset>>().Get(OidcAsetukset.Skeema).AuthorityOrigin
            : null;

    private static bool LisaaOidc(WebApplicationBuilder builder, AuthenticationBuilder autentikointi)
    {
        var osio = builder.Configuration.GetSection(OidcAsetukset.Osio);
        var maaritetty = new OidcAsetukset();
        osio.Bind(maaritetty);
        // Without any provider settings nobody can sign in (the sign-in page says so); settings that are given but
        // wrong stop the start-up instead of failing at the first sign-in.
        if (!maaritetty.OnMaaritetty) return false;
        maaritetty.Validate();

        var kehitys = builder.Environment.IsDevelopment();
        autentikointi.AddRemoteScheme<OidcAsetukset, OidcKasittelija>(OidcAsetukset.Skeema, "OpenID Connect", o =>
        {
            osio.Bind(o);
            o.CorrelationCookie.SecurePolicy = kehitys ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Events = new RemoteAuthenticationEvents
            {
                OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/kirjaudu?virhe=oidc");
                    context.HandleResponse();
                    return Task.CompletedTask;
                },
            };
        });
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OidcAsetukset>, OidcAsetustenViimeistely>());
        return true;
    }
}
