using Microsoft.AspNetCore.Antiforgery;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// Requires a valid antiforgery token on a state-changing endpoint that binds no form fields (the framework checks
/// such endpoints only when they bind a form).
/// </summary>
public static class AntiforgeryTarkistus
{
    public static RouteHandlerBuilder VaatiiAntiforgeryn(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter(async (konteksti, seuraava) =>
        {
            var antiforgery = konteksti.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            return await antiforgery.IsRequestValidAsync(konteksti.HttpContext)
                ? await seuraava(konteksti)
                : Results.BadRequest();
        });
}
