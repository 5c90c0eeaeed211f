using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// Validates id_tokens like the framework's default handler but always requires a valid signature. The OpenID
/// Connect handler waives the signature of an id_token fetched from the token endpoint (OIDC Core §3.1.3.7 allows it,
/// trusting TLS); every provider we use signs its tokens, so an unsigned one is refused rather than trusted.
/// </summary>
internal sealed class AllekirjoitettuIdToken : JsonWebTokenHandler
{
    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var parametrit = validationParameters.Clone();
        parametrit.RequireSignedTokens = true;
        return base.ValidateTokenAsync(token, parametrit);
    }
}
