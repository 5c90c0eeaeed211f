using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Koski.Virkailija.Web.Tests;

/// <summary>Outside Development an unhandled error shows the Finnish error page, never a stack trace.</summary>
public sealed class VirhesivuTests
{
    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public async Task Kasittelematon_virhe_nayttaa_pinon_vain_kehitysymparistossa(string ymparisto, bool pinoNakyy)
    {
        var tiedosto = Path.Combine(Path.GetTempPath(), $"koski-virhe-{Guid.NewGuid():N}.db");
        await using var app = KoskiVirkailijaApp.Build(
            [$"--environment={ymparisto}", "--Authentication:Mode=Oidc", $"--Database:Sqlite=Data Source={tiedosto}",
             "--Logging:LogLevel:Default=None"],
            builder =>
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Services.AddTransient<IStartupFilter, HeittavaReitti>();
            });
        await app.StartAsync();
        var osoite = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var http = new HttpClient();
        var vastaus = await http.GetAsync(osoite.TrimEnd('/') + "/testi-virhe");
        var sisalto = await vastaus.Content.ReadAsStringAsync();

        Assert.Equal(500, (int)vastaus.StatusCode);
        Assert.Equal(pinoNakyy, sisalto.Contains("Salainen sisäinen virhe"));
        Assert.Equal(pinoNakyy, sisalto.Contains(nameof(HeittavaReitti)));
        if (!pinoNakyy) Assert.Contains("Tapahtui virhe", sisalto);
        await app.StopAsync();
    }

    /// <summary>Adds, after the app's own pipeline, a path that throws.</summary>
    private sealed class HeittavaReitti : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate _) => context.Request.Path == "/testi-virhe"
                ? throw new InvalidOperationException("Salainen sisäinen virhe")
                : Task.CompletedTask);
        };
    }
}
