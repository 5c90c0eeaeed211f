using Koski.Virkailija.Web.Kirjautuminen;

namespace Koski.Virkailija.Web;

/// <summary>
/// Security headers on every response (pages, endpoints, static files, errors). Scripts only from this site, so an
/// injected inline script cannot run; styles may be inline because MudBlazor components set style attributes. Forms may
/// post only here and to the identity provider (sign-out redirects there). HSTS is added outside Development, here
/// rather than with UseHsts, because that middleware's header did not survive on static-asset responses.
/// Everything else is <c>Cache-Control: no-store</c> unless it says otherwise.
/// </summary>
public static class TurvaOtsakkeet
{
    public static string Csp(string? tunnistuspalvelu) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; " +
        $"form-action 'self'{(tunnistuspalvelu is null ? "" : " " + tunnistuspalvelu)}";

    public const string Hsts = "max-age=31536000";

    public static IApplicationBuilder UseKoskiTurvaOtsakkeet(this WebApplication app)
    {
        var csp = Csp(app.TunnistuspalvelunOsoite());
        var hsts = !app.Environment.IsDevelopment();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h.ContentSecurityPolicy = csp;
                h.XContentTypeOptions = "nosniff";
                h.XFrameOptions = "DENY";
                h["Referrer-Policy"] = "same-origin";
                h["Cross-Origin-Opener-Policy"] = "same-origin";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                if (hsts && context.Request.IsHttps) h.StrictTransportSecurity = Hsts;
                // Pages, API answers and downloads carry personal data: no browser or proxy keeps a copy. Static
                // assets set their own (long) caching, which stays.
                if (string.IsNullOrEmpty(h.CacheControl)) h.CacheControl = "no-store";
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
