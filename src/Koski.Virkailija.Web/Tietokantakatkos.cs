using Koski.Virkailija.Infrastructure.Tietokanta;
using Koski.Virkailija.Web.Api;

namespace Koski.Virkailija.Web;

/// <summary>
/// A database out of reach answers 503 with <c>Retry-After</c>, as <c>/health</c> does, not 500: the request was fine
/// and can be sent again. The API answers in its own form with KOSKI's <c>unavailable</c>; pages get a short text.
/// </summary>
public static class Tietokantakatkos
{
    public const int UudelleenSekunneissa = 30;

    public static IApplicationBuilder UseKoskiTietokantakatkos(this WebApplication app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (Tietokantavirheet.OnSaatavuusvirhe(e) && !context.Response.HasStarted)
            {
                app.Logger.LogWarning(e, "Tietokanta ei ole käytettävissä: {Polku}", context.Request.Path);
                context.Response.Clear();
                context.Response.Headers.RetryAfter = UudelleenSekunneissa.ToString(System.Globalization.CultureInfo.InvariantCulture);
                const string viesti = "Palvelu ei ole juuri nyt käytettävissä. Yritä hetken kuluttua uudelleen. / Tjänsten är inte tillgänglig just nu. Försök igen om en stund.";
                if (context.Request.Path.StartsWithSegments(KoskiApi.Polku))
                {
                    await ApiVastaukset.VirheAsync(context, StatusCodes.Status503ServiceUnavailable, "unavailable", viesti);
                    return;
                }
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(viesti);
            }
        });
}
