using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Koski.Virkailija.Web.Kieli;

/// <summary>
/// The UI languages: Finnish (default) and Swedish, as in KOSKI's virkailija UI. The choice is a culture cookie set by
/// <c>/kieli/{koodi}</c>; a circuit keeps the culture of the request that opened it, so switching reloads the page.
/// Dates and numbers follow the culture (MudBlazor's date picker too: Finnish and Swedish weeks start on Monday).
/// </summary>
public static class Kielet
{
    public static readonly CultureInfo Suomi = CultureInfo.GetCultureInfo("fi-FI");
    public static readonly CultureInfo Ruotsi = CultureInfo.GetCultureInfo("sv-FI");
    public static readonly IReadOnlyList<CultureInfo> Tuetut = [Suomi, Ruotsi];

    /// <summary>The two-letter code of the current UI language ("fi" or "sv"), as KOSKI's code-list names are keyed.</summary>
    public static string Nykyinen => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? "sv" : "fi";

    public static IServiceCollection AddKoskiKielet(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
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

    public static IEndpointRouteBuilder MapKoskiKielet(this IEndpointRouteBuilder app)
    {
        app.MapGet("/kieli/{koodi}", (string koodi, string? paluu, HttpContext http) =>
        {
            var kulttuuri = Tuetut.FirstOrDefault(k => k.TwoLetterISOLanguageName == koodi);
            if (kulttuuri is null) return Results.NotFound();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(kulttuuri)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1), HttpOnly = true, Secure = http.Request.IsHttps,
                    SameSite = SameSiteMode.Lax, IsEssential = true,
                });
            // Only a local path: the switch must not become an open redirect.
            var kohde = paluu is not null && paluu.StartsWith('/') && !paluu.StartsWith("//", StringComparison.Ordinal) && !paluu.StartsWith("/\\", StringComparison.Ordinal)
                ? paluu : "/";
            return Results.LocalRedirect(kohde);
        }).AllowAnonymous();
        return app;
    }
}
