using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// Inside an open circuit, re-checks the signed-in official's grants every minute (<see cref="ValiAsetus"/>). When
/// they changed (closed, expired, new), the circuit's user becomes anonymous, the page sends the browser to sign in
/// again, and the cookie is renewed with the grants in force (<see cref="RoolienPaivitys"/>).
/// </summary>
internal sealed class RoolienTarkistus(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IConfiguration asetukset)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public const string ValiAsetus = "Authentication:RevalidointiVali";

    protected override TimeSpan RevalidationInterval { get; } = asetukset.GetValue(ValiAsetus, TimeSpan.FromMinutes(1));

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state,
        CancellationToken cancellationToken)
    {
        if (state.User.VirkailijanId() is not { } id) return false;
        await using var scope = scopes.CreateAsyncScope();
        var kayttaja = await scope.ServiceProvider.GetRequiredService<KayttajaPalvelu>().HaeVirkailijaAsync(id, cancellationToken);
        return kayttaja is not null && kayttaja.Roolitunniste() == state.User.FindFirst(KoskiClaims.Roolit)?.Value;
    }
}
