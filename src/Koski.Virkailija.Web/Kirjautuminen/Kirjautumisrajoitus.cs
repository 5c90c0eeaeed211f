using System.Threading.RateLimiting;

namespace Koski.Virkailija.Web.Kirjautuminen;

/// <summary>
/// Sign-in attempts per client address: <c>Authentication:KirjautumisiaMinuutissa</c> a minute (20 by default), then
/// 429 with <c>Retry-After</c> until the minute ends. Per address only, so nobody can lock an official out by name.
/// (HTTP Basic sign-ins of service accounts have their own count: <see cref="Api.Kirjautumisyritykset"/>.)
/// </summary>
public static class Kirjautumisrajoitus
{
    public const string Politiikka = "kirjautuminen";
    public const int Oletus = 20;

    public static WebApplicationBuilder AddKoskiKirjautumisrajoitus(this WebApplicationBuilder builder)
    {
        var kertoja = builder.Configuration.GetValue($"{KirjautumisAsetukset.Osio}:KirjautumisiaMinuutissa", Oletus);
        builder.Services.AddRateLimiter(o => o.AddPolicy(Politiikka, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = kertoja, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return builder;
    }
}
