using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Koski.Virkailija.Web.Tests;

/// <summary>
/// A bUnit context with what the app's components need: MudBlazor's services with the app's translations of MudBlazor's own texts, the app's resource files and a chosen
/// UI language. MudBlazor's services are only IAsyncDisposable, so the context is disposed asynchronously.
/// </summary>
public static class BunitKonteksti
{
    public static BunitContext Uusi(string kieli = "fi-FI")
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(kieli);
        var bunit = new BunitContext();
        bunit.Services.AddMudServices();
        bunit.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        bunit.Services.AddSingleton(new Koski.Virkailija.Domain.Validointi.Rajapaivat());
        // The top bar's sign-out marks its circuit (Uloskirjautuminen), as the app registers it.
        bunit.Services.AddScoped<Koski.Virkailija.Web.Kirjautuminen.Uloskirjautuminen>();
        Kieli.MudBlazorKielet.AddKoskiMudBlazorKielet(bunit.Services);
        // MudBlazor's components call their scripts after rendering; nothing here depends on an answer.
        bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        return bunit;
    }
}
