using Koski.Virkailija.Application.Kayttajat;
using Microsoft.AspNetCore.Components.Authorization;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// The signed-in official of this circuit as an application-layer <see cref="Kayttaja"/>: read from the database once
/// a request, and in a circuit at most once a minute (<see cref="KayttajanMuisti"/>).
/// </summary>
public sealed class AktiivinenKayttaja(AuthenticationStateProvider tila, KayttajanMuisti kayttajat)
{
    public async Task<Kayttaja?> HaeAsync(CancellationToken ct = default)
    {
        var user = (await tila.GetAuthenticationStateAsync()).User;
        return user.VirkailijanId() is { } id ? await kayttajat.HaeAsync(id, ct) : null;
    }
}
