using System.Text.Encodings.Web;
using System.Text.Json;
using Koski.Virkailija.Infrastructure.Tietokanta;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Koski.Virkailija.Web;

/// <summary>/health answers JSON with the database's state; 503 when it is unhealthy.</summary>
public static class Terveys
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IServiceCollection AddKoskiTerveys(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<TietokantaTerveys>("tietokanta");
        return services;
    }

    public static IEndpointRouteBuilder MapKoskiTerveys(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = KirjoitaAsync }).AllowAnonymous();
        return app;
    }

    private static Task KirjoitaAsync(HttpContext http, HealthReport raportti)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = raportti.Status.ToString(),
            tarkistukset = raportti.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                kuvaus = e.Value.Description,
                tiedot = e.Value.Data,
            }),
        }, Json));
    }
}
