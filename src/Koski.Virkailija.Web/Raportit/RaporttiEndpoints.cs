using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Infrastructure.Raportit;
using Koski.Virkailija.Web.Kirjautuminen;

namespace Koski.Virkailija.Web.Raportit;

/// <summary>
/// The download of a finished report: streamed from its temporary file, only to the user who ran it, and only while
/// their roles still allow reports. Without a session 401 and without the right 403, never a redirect to the sign-in
/// page (see KirjautumisPalvelut), so a script or a link shared by hand gets a clear answer.
/// </summary>
public static class RaporttiEndpoints
{
    public const string Polku = "/raportit/lataa";

    public static string Osoite(Guid id) => $"{Polku}/{id:N}";

    public static IEndpointRouteBuilder MapKoskiRaportit(this IEndpointRouteBuilder app)
    {
        app.MapGet(Polku + "/{id:guid}", async (Guid id, HttpContext http, KayttajaPalvelu kayttajat, RaporttiAjot ajot) =>
        {
            if (http.User.VirkailijanId() is not { } virkailijaId) return Results.Forbid();
            var kayttaja = await kayttajat.HaeVirkailijaAsync(virkailijaId, http.RequestAborted);
            if (kayttaja is null || !kayttaja.Sallii(Sivu.Raportit)) return Results.StatusCode(StatusCodes.Status403Forbidden);
            if (ajot.Hae(id, virkailijaId) is not { } ajo || ajot.ValmisTiedosto(ajo) is not { } polku) return Results.NotFound();
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(polku, ajo.Sisaltotyyppi, ajo.Tiedostonimi);
        }).RequireAuthorization();
        return app;
    }
}
