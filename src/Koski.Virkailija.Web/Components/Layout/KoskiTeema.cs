using MudBlazor;

namespace Koski.Virkailija.Web.Components.Layout;

/// <summary>
/// The one theme: KOSKI's blue and a system font (the CSP allows no font host). Every text colour on its background
/// meets WCAG 2.1 AA (4.5:1): the warning and success colours are darkened from Material's defaults, which fail it.
/// </summary>
public static class KoskiTeema
{
    public static MudTheme Teema { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0a4b78",
            Secondary = "#5b3a8c",
            AppbarBackground = "#0a4b78",
            AppbarText = "#ffffff",
            Info = "#0b5cad",
            Success = "#1b6b2f",
            Warning = "#8a4b00",
            Error = "#b3261e",
            TextSecondary = "#4a4a4a",
            DrawerBackground = "#f5f7fa",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"] },
        },
    };
}
