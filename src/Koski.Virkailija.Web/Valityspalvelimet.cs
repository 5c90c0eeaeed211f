using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Koski.Virkailija.Web;

/// <summary>
/// Behind a load balancer or reverse proxy: the client's address (X-Forwarded-For) and scheme (X-Forwarded-Proto)
/// are taken from the headers only when the connection comes from a proxy named in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR). With neither set the headers are ignored, so a client
/// cannot choose the address that audit entries record and sign-in throttling counts. The address matters for both;
/// the scheme for the secure cookie and the OpenID Connect redirect address. The Host header is not taken from a
/// header: the proxy passes the original one through.
/// </summary>
public static class Valityspalvelimet
{
    public const string Osio = "ForwardedHeaders";

    public static WebApplicationBuilder AddKoskiValityspalvelimet(this WebApplicationBuilder builder)
    {
        var osio = builder.Configuration.GetSection(Osio);
        // Read here, so a mistyped address stops the start-up instead of the first request.
        var proxyt = (osio.GetSection("KnownProxies").Get<string[]>() ?? []).Where(p => p.Length > 0)
            .Select(p => IPAddress.TryParse(p, out var osoite) ? osoite
                : throw new InvalidOperationException($"{Osio}:KnownProxies: '{p}' ei ole IP-osoite")).ToList();
        var verkot = (osio.GetSection("KnownNetworks").Get<string[]>() ?? []).Where(v => v.Length > 0)
            .Select(v => System.Net.IPNetwork.TryParse(v, out var verkko) ? verkko
                : throw new InvalidOperationException($"{Osio}:KnownNetworks: '{v}' ei ole verkko (CIDR, esim. 10.0.0.0/8)")).ToList();
        var raja = osio.GetValue("ForwardLimit", 1);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only what configuration names: the framework's defaults (loopback) go.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxyt) o.KnownProxies.Add(proxy);
            foreach (var verkko in verkot) o.KnownIPNetworks.Add(verkko);
            // Each proxy in a chain adds one address; count them so the client's own is the one taken.
            o.ForwardLimit = raja;
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after sees the client's address and scheme; off when no proxy is named.</summary>
    public static IApplicationBuilder UseKoskiValityspalvelimet(this WebApplication app)
    {
        var osio = app.Configuration.GetSection(Osio);
        var kaytossa = osio.GetSection("KnownProxies").Get<string[]>()?.Any(p => p.Length > 0) == true
                       || osio.GetSection("KnownNetworks").Get<string[]>()?.Any(v => v.Length > 0) == true;
        return kaytossa ? app.UseForwardedHeaders() : app;
    }
}
