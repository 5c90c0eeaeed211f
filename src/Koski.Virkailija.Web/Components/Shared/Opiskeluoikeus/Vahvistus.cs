using MudBlazor;

namespace Koski.Virkailija.Web.Components.Shared.Opiskeluoikeus;

/// <summary>A confirmation before a destructive action: MudBlazor's message box with the action and "cancel" as buttons.</summary>
public static class Vahvistus
{
    public static async Task<bool> VahvistaAsync(this IDialogService dialogit, string otsikko, string viesti, string toiminto, string peruuta) =>
        await dialogit.ShowMessageBoxAsync(otsikko, viesti, yesText: toiminto, cancelText: peruuta) == true;
}
