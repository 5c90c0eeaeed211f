using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// Derives what the settings do not give: the protector of the state parameter, the back-channel client, and the
/// discovery document manager (which caches the provider's metadata and keys, and fetches them again when a token
/// names an unknown key, at most every five minutes).
/// </summary>
internal sealed class OidcAsetustenViimeistely(IDataProtectionProvider suojaus) : IPostConfigureOptions<OidcAsetukset>
{
    public void PostConfigure(string? name, OidcAsetukset o)
    {
        o.DataProtectionProvider ??= suojaus;
        o.StateDataFormat ??= new PropertiesDataFormat(
            o.DataProtectionProvider.CreateProtector(typeof(OidcKasittelija).FullName!, name ?? OidcAsetukset.Skeema, "v1"));
        o.Backchannel ??= new HttpClient(o.BackchannelHttpHandler ?? new HttpClientHandler()) { Timeout = o.BackchannelTimeout };
        o.Konfiguraatio ??= new ConfigurationManager<OpenIdConnectConfiguration>(
            o.Authority.TrimEnd('/') + "/.well-known/openid-configuration",
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(o.Backchannel) { RequireHttps = o.RequireHttpsMetadata });
    }
}
