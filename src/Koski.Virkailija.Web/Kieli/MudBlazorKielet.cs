using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Koski.Virkailija.Web.Kieli;

/// <summary>
/// MudBlazor's own texts (pager, date picker navigation, clear buttons, grid filter menus, "Loading…") in the UI
/// language. MudBlazor's default interceptor asks this localizer whenever the UI culture is not English and falls
/// back to its English text for a key missing here; the texts live in Resources/MudBlazorTekstit(.sv).resx under
/// MudBlazor's own key names.
/// </summary>
public sealed class MudBlazorKielet(IStringLocalizer<MudBlazorTekstit> tekstit) : MudLocalizer
{
    public override LocalizedString this[string key] => tekstit[key];

    public static IServiceCollection AddKoskiMudBlazorKielet(IServiceCollection services) =>
        services.AddTransient<MudLocalizer, MudBlazorKielet>();
}
