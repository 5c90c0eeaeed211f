using System.Globalization;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Web.Kirjautuminen;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Koski.Virkailija.Web.Kieli;

/// <summary>
/// The UI languages: Finnish (default) and Swedish, as in KOSKI's virkailija UI. The choice is a culture cookie set by
/// a POST to <c>/kieli</c> (form fields koodi, paluu; antiforgery-checked); a circuit keeps the culture of the request that opened it, so switching reloads the page.
/// Dates and numbers follow the culture (MudBlazor's date picker too: Finnish and Swedish weeks start on Monday).
/// The choice is remembered per official (virkailija.kieli) and set again as the cookie at every sign-in, whatever
/// the browser.
/// </summary>
public static class Kielet
{
    public static readonly CultureInfo Suomi = CultureInfo.GetCultureInfo("fi-FI");
    public static readonly CultureInfo Ruotsi = CultureInfo.GetCultureInfo("sv-FI");
    public static readonly IReadOnlyList<CultureInfo> Tuetut = [Suomi, Ruotsi];

    /// <summary>The two-letter code of the current UI language ("fi" or "sv"), as KOSKI's code-list names are keyed.</summary>
    /// <summary>The culture of the current UI language, for components that take one (MudBlazor's date pickers).</summary>
    public static CultureInfo Kulttuuri => Nykyinen == "sv" ? Ruotsi : Suomi;

    public static string Nykyinen => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? "sv" : "fi";

    public static IServiceCollection AddKoskiKielet(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        MudBlazorKielet.AddKoskiMudBlazorKielet(services);
        // After any sign-in (development or OpenID Connect), the official's remembered language becomes the cookie.
        services.PostConfigure<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme, o =>
        {
            var aiempi = o.Events.OnSignedIn;
            o.Events.OnSignedIn = async konteksti =>
            {
                await aiempi(konteksti);
                if (konteksti.Principal?.VirkailijanId() is not { } id) return;
                var omat = konteksti.HttpContext.RequestServices.GetRequiredService<OmatTiedotPalvelu>();
                if (await omat.KieliAsync(id, konteksti.HttpContext.RequestAborted) is { } kieli)
                    AsetaEvaste(konteksti.HttpContext, Tuetut.First(k => k.TwoLetterISOLanguageName == kieli));
            };
        });
        return services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Suomi);
            o.SupportedCultures = [.. Tuetut];
            o.SupportedUICultures = [.. Tuetut];
            // Only the user's own choice counts, not the browser's Accept-Language: officials expect the language
            // they picked, and a Finnish service opens in Finnish.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    private static void AsetaEvaste(HttpContext http, CultureInfo kulttuuri) =>
        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(kulttuuri)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax, IsEssential = true,
            });

    public static IEndpointRouteBuilder MapKoskiKielet(this IEndpointRouteBuilder app)
    {
        // A POST with the antiforgery token (checked by the framework, as the endpoint binds a form): the choice is
        // stored on the official, so another site must not change it.
        app.MapPost("/kieli", async ([FromForm] string koodi, [FromForm] string? paluu, HttpContext http, OmatTiedotPalvelu omat) =>
        {
            var kulttuuri = Tuetut.FirstOrDefault(k => k.TwoLetterISOLanguageName == koodi);
            if (kulttuuri is null) return Results.NotFound();
            AsetaEvaste(http, kulttuuri);
            if (http.User.Identity?.IsAuthenticated == true && http.User.VirkailijanId() is { } id)
                await omat.TallennaKieliAsync(id, koodi, http.RequestAborted);
            // Only a local path: the switch must not become an open redirect.
            return Results.LocalRedirect(PalautusOsoite.Turvallinen(paluu));
        }).AllowAnonymous();
        return app;
    }
}
