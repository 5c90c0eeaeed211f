using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Web.Kirjautuminen;

namespace Koski.Virkailija.Web.Api;

/// <summary>The acting user of an API call: a service account (HTTP Basic) or a signed-in official (the browser session).</summary>
public static class ApiKayttaja
{
    private const string Avain = "koski.api.kayttaja";

    public static void Aseta(HttpContext http, Kayttaja kayttaja) => http.Items[Avain] = kayttaja;

    public static async Task<Kayttaja?> HaeAsync(HttpContext http)
    {
        if (http.Items[Avain] is Kayttaja palvelukayttaja) return palvelukayttaja;
        return http.User.VirkailijanId() is { } id
            ? await http.RequestServices.GetRequiredService<KayttajaPalvelu>().HaeVirkailijaAsync(id, http.RequestAborted)
            : null;
    }
}
