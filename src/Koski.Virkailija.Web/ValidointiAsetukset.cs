using Koski.Virkailija.Domain.Validointi;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Koski.Virkailija.Web;

/// <summary>The cut-off dates of KOSKI's rules from configuration <c>Validointi:Rajapaivat</c> (KOSKI's own where not set).</summary>
public static class ValidointiAsetukset
{
    public const string Osio = "Validointi:Rajapaivat";

    public static WebApplicationBuilder AddKoskiValidointi(this WebApplicationBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton(Lue(builder.Configuration)));
        return builder;
    }

    public static Rajapaivat Lue(IConfiguration configuration) => configuration.GetSection(Osio).Get<Rajapaivat>() ?? new();
}
