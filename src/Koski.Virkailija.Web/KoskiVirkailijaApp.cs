using Koski.Virkailija.Application;
using Koski.Virkailija.Infrastructure;
using Koski.Virkailija.Web.Api;
using Koski.Virkailija.Web.Components;
using Koski.Virkailija.Web.Kieli;
using Koski.Virkailija.Web.Kirjautuminen;
using Koski.Virkailija.Web.Raportit;
using MudBlazor.Services;

namespace Koski.Virkailija.Web;

/// <summary>Builds the web application; the end-to-end tests build it the same way on a loopback port.</summary>
public static class KoskiVirkailijaApp
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(KoskiVirkailijaApp).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);

        builder.Services.AddKoskiApplication();
        builder.AddKoskiValidointi();
        builder.Services.AddKoskiInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
        builder.AddKoskiKirjautuminen();
        builder.AddKoskiKirjautumisrajoitus();
        builder.AddKoskiApi();
        builder.Services.AddKoskiTerveys();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddKoskiKielet();
        builder.Services.AddScoped<Koski.Virkailija.Web.Components.Pages.Opiskeluoikeudet.LomakeLuonnokset>();
        builder.AddKoskiValityspalvelimet();
        Koski.Virkailija.Web.Piirit.PiiriAsetukset.AddKoskiPiirit(builder);

        var app = builder.Build();
        app.UseKoskiValityspalvelimet();
        app.UseKoskiTurvaOtsakkeet();
        app.UseRequestLocalization();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/virhe", createScopeForErrors: true);
        }
        // Inside the exception handler, so a database outage is answered 503 before the handler turns it into a 500.
        app.UseKoskiTietokantakatkos();
        app.UseStatusCodePagesWithReExecute("/ei-loydy");
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapKoskiTerveys();
        app.MapKoskiKirjautuminen();
        app.MapKoskiKielet();
        app.MapKoskiApi();
        app.MapKoskiRaportit();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        Koski.Virkailija.Web.Piirit.PiiriAsetukset.MapKoskiPiiriDiagnostiikka(app);
        return app;
    }
}
