using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.JSInterop;

namespace Koski.Virkailija.Web.Components.Pages.Opiskeluoikeudet;

/// <summary>A form's draft in the browser tab's sessionStorage, under the study right's oid or "uusi".</summary>
public sealed record Luonnos(JsonObject Sisalto, DateTimeOffset Tallennettu);

public sealed class LomakeLuonnokset(IJSRuntime js)
{
    public ValueTask TallennaAsync(string avain, JsonObject sisalto) =>
        js.InvokeVoidAsync("koskiLuonnos.tallenna", avain,
            new JsonObject { ["tallennettu"] = DateTimeOffset.UtcNow, ["sisalto"] = sisalto.DeepClone() }.ToJsonString());

    public async ValueTask<Luonnos?> LueAsync(string avain)
    {
        try
        {
            return await js.InvokeAsync<string?>("koskiLuonnos.lue", avain) is { } json
                   && JsonNode.Parse(json) is JsonObject { } o && o["sisalto"] is JsonObject sisalto
                ? new Luonnos(sisalto, o["tallennettu"]!.GetValue<DateTimeOffset>()) : null;
        }
        catch (JsonException)
        {
            return null; // A damaged draft is no draft.
        }
    }

    public ValueTask PoistaAsync(string avain) => js.InvokeVoidAsync("koskiLuonnos.poista", avain);
}
