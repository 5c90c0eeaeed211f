using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// A draft of the form kept in the official's browser tab, so that a dropped connection loses nothing. Lisätiedot the
/// user may not see (<see cref="LisatiedotMuokattavissa"/>) never go into a draft; they come from the stored document
/// again when the draft is restored.
/// </summary>
public sealed partial class SyottoLomake
{
    public JsonObject Luonnos()
    {
        var luonnos = Dokumentti();
        if (!LisatiedotMuokattavissa) luonnos.Remove("lisätiedot");
        return luonnos;
    }

    /// <summary>The form from <paramref name="luonnos"/>, on top of the stored study right's form <paramref name="tallennettu"/> (null on a new one).</summary>
    public static SyottoLomake Palauta(JsonObject luonnos, SyottoLomake? tallennettu)
    {
        var dokumentti = luonnos.DeepClone().AsObject();
        var lisatiedotSallittu = tallennettu?.LisatiedotMuokattavissa ?? true;
        if (!lisatiedotSallittu)
        {
            dokumentti.Remove("lisätiedot");
            if (tallennettu?.Pohja?["lisätiedot"] is { } lisatiedot) dokumentti["lisätiedot"] = lisatiedot.DeepClone();
        }
        var lomake = Lue(dokumentti);
        lomake.LisatiedotMuokattavissa = lisatiedotSallittu;
        if (!lisatiedotSallittu) { lomake.Lisatiedot.Clear(); lomake.Tukijaksot.Clear(); }
        return lomake;
    }
}
