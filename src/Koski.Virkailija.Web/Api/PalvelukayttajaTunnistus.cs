using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kayttooikeudet;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Koski.Virkailija.Web.Api;

/// <summary>
/// HTTP Basic for service accounts, as KOSKI's source systems send it. A verified secret is remembered for a minute
/// (by a hash of it, never the secret), so that a batch of transfers does not pay the password hash on every call;
/// a disabled account stops working within that minute, as a closed grant does in the UI.
/// </summary>
public sealed class PalvelukayttajaTunnistus(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, Palvelukayttajat palvelukayttajat, IMemoryCache muisti, Kirjautumisyritykset yritykset)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Skeema = "KoskiBasic";
    private static readonly TimeSpan Muistissa = TimeSpan.FromMinutes(1);
    private static readonly object OdotusAvain = new();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var otsake)
            || !"Basic".Equals(otsake.Scheme, StringComparison.OrdinalIgnoreCase) || otsake.Parameter is null)
            return AuthenticateResult.NoResult();

        string tunnus, salasana;
        try
        {
            var osat = Encoding.UTF8.GetString(Convert.FromBase64String(otsake.Parameter)).Split(':', 2);
            if (osat.Length != 2) return AuthenticateResult.Fail("Virheellinen Basic-otsake");
            (tunnus, salasana) = (osat[0], osat[1]);
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("Virheellinen Basic-otsake");
        }

        var avain = "palvelukayttaja:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(tunnus + "\n" + salasana)));
        if (!muisti.TryGetValue(avain, out Kayttaja? kayttaja))
        {
            var osoite = Context.Connection.RemoteIpAddress?.ToString();
            if (await yritykset.OdotusAsync(osoite, tunnus, Context.RequestAborted) is { } odotus)
            {
                Context.Items[OdotusAvain] = odotus;
                return AuthenticateResult.Fail("Liian monta epäonnistunutta kirjautumista");
            }
            kayttaja = await palvelukayttajat.TunnistaAsync(tunnus, salasana, Context.RequestAborted);
            if (kayttaja is null)
            {
                await yritykset.EpaonnistuiAsync(osoite, tunnus, CancellationToken.None);
                return AuthenticateResult.Fail("Palvelukäyttäjän tunnistus epäonnistui");
            }
            muisti.Set(avain, kayttaja, Muistissa);
        }
        ApiKayttaja.Aseta(Context, kayttaja!);
        var identiteetti = new ClaimsIdentity([new Claim(ClaimTypes.Name, kayttaja!.Tunnus)], Skeema);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identiteetti), Skeema));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[OdotusAvain] is TimeSpan odotus)
        {
            Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(odotus.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return ApiVastaukset.VirheAsync(Context, 429, "tooManyRequests",
                "Liian monta epäonnistunutta kirjautumista: yritä myöhemmin uudelleen.");
        }
        Response.Headers.WWWAuthenticate = "Basic realm=\"KOSKI\", charset=\"UTF-8\"";
        return ApiVastaukset.VirheAsync(Context, 401, "unauthorized.notAuthenticated", "Käyttäjä ei ole tunnistautunut.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiVastaukset.VirheAsync(Context, 403, "forbidden.kiellettyKäyttöoikeus", "Ei sallittu näillä käyttöoikeuksilla.");
}
