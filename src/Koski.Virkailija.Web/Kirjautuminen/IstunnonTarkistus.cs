using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Infrastructure.Istunnot;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// Inside an open circuit, re-checks every minute (<see cref="ValiAsetus"/>) that the session still holds (not signed
/// out, here or everywhere, nor past its times) and that the official's grants are unchanged. When either fails, the
/// circuit's user becomes anonymous and the page sends the browser to sign in again; changed grants are then written
/// into the renewed session (<see cref="RoolienPaivitys"/>). Use of the page counts as activity: it moves the
/// session's idle timeout on as requests do. The official it reads is the page's next minute of
/// <see cref="KayttajanMuisti"/>, so an open page reads its official once a minute, not twice.
/// </summary>
internal sealed class IstunnonTarkistus(ILoggerFactory loggerFactory, KayttajanMuisti kayttajat, IConfiguration asetukset,
    Istunnot istunnot, PiirinKaytto kaytto, TimeProvider aika)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public const string ValiAsetus = "Authentication:RevalidointiVali";

    protected override TimeSpan RevalidationInterval { get; } = asetukset.GetValue(ValiAsetus, TimeSpan.FromMinutes(1));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state,
        CancellationToken cancellationToken)
    {
        if (state.User.VirkailijanId() is not { } id || state.User.FindFirst(KoskiClaims.Istunto)?.Value is not { } tunniste)
            return false;
        if (!await istunnot.OnVoimassaAsync(tunniste, aika.GetUtcNow(), kaytto.Viimeksi, IstunnonKesto.Joutoaika, cancellationToken))
            return false;
        var kayttaja = await kayttajat.LataaAsync(id, cancellationToken);
        return kayttaja is not null && kayttaja.Roolitunniste() == state.User.FindFirst(KoskiClaims.Roolit)?.Value;
    }
}
