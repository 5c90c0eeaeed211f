using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// The learning-support model of the 2025 reform on the form (<see cref="Lisatietokentat.Tuki"/>): its periods are
/// read into <see cref="Tukijaksot"/> and written back like the other lisätiedot, only when the user may see
/// special-category data (<see cref="LisatiedotMuokattavissa"/>, the one redaction rule). The model it replaced is
/// only read (<see cref="VanhatTukitiedot"/>): what is stored is saved unchanged.
/// </summary>
public sealed partial class SyottoLomake
{
    /// <summary>The periods of the type's support fields, in the order of <see cref="Lisatietokentat.Tuki"/>.</summary>
    public List<LisatietoRivi> Tukijaksot { get; set; } = [];

    /// <summary>One stored value of the earlier support model, read-only, with the location validation messages name.</summary>
    /// <param name="Polku">E.g. <c>lisätiedot.pidennettyOppivelvollisuus</c> or <c>lisätiedot.vammainen[1]</c>.</param>
    /// <param name="Arvo">A flag's value (perusopetuksenAloittamistaLykätty); null for a period.</param>
    public sealed record VanhaTukitieto(string Kentta, string Polku, DateTime? Alku, DateTime? Loppu, bool? Arvo = null);

    /// <summary>
    /// Stored earlier-model periods the official ended at the reform's last day of use (location → loppu), written on
    /// save. KOSKI refuses such a period going on past that day, and the field is no longer entered otherwise: without
    /// this a study right holding one could not be saved at all.
    /// </summary>
    public Dictionary<string, DateTime> VanhojenJaksojenLoput { get; set; } = [];

    /// <summary>Ends the stored earlier-model period at <paramref name="polku"/> on <paramref name="paiva"/>.</summary>
    public void PaataVanhaJakso(string polku, DateOnly paiva) => VanhojenJaksojenLoput[polku] = paiva.ToDateTime(TimeOnly.MinValue);

    /// <summary>
    /// The earlier support model as stored in the document being edited (none on a new study right, none for a user
    /// without the right: the redaction has removed them from <see cref="Pohja"/> already).
    /// </summary>
    public IReadOnlyList<VanhaTukitieto> VanhatTukitiedot()
    {
        if (Pohja?["lisätiedot"] is not JsonObject lisatiedot || !Lisatietokentat.Tyypilla(Tyyppi)) return [];
        var tulos = new List<VanhaTukitieto>();
        foreach (var kentta in Lisatietokentat.Vanhat)
        {
            var polku = $"lisätiedot.{kentta.Nimi}";
            switch (lisatiedot[kentta.Nimi])
            {
                case JsonValue arvo when arvo.TryGetValue<bool>(out var b):
                    tulos.Add(new(kentta.Nimi, polku, null, null, b));
                    break;
                case JsonObject jakso:
                    tulos.Add(Vanha(kentta.Nimi, polku, jakso));
                    break;
                case JsonArray lista:
                    tulos.AddRange(lista.Select((j, i) => (j, i)).Where(p => p.j is JsonObject)
                        .Select(p => Vanha(kentta.Nimi, $"{polku}[{p.i}]", (JsonObject)p.j!)));
                    break;
            }
        }
        return tulos;
    }

    private VanhaTukitieto Vanha(string kentta, string polku, JsonObject jakso) =>
        new(kentta, polku, Paivaksi(Teksti(jakso, "alku")),
            VanhojenJaksojenLoput.TryGetValue(polku, out var loppu) ? loppu : Paivaksi(Teksti(jakso, "loppu")));

    /// <summary>Where validation places a support period's messages: <c>lisätiedot.tuenPäätöksenJaksot[0]</c>.</summary>
    public string Tukipolku(LisatietoRivi rivi) =>
        $"lisätiedot.{rivi.Kentta}[{Tukijaksot.Where(r => r.Kentta == rivi.Kentta).ToList().IndexOf(rivi)}]";

    private void LueTukijaksot(JsonObject lisatiedot)
    {
        foreach (var kentta in Lisatietokentat.Tuki(Tyyppi))
            Tukijaksot.AddRange((lisatiedot[kentta.Nimi] as JsonArray ?? []).OfType<JsonObject>().Select(j => new LisatietoRivi
            {
                Kentta = kentta.Nimi, Alku = Paivaksi(Teksti(j, "alku")), Loppu = Paivaksi(Teksti(j, "loppu")), Pohja = j,
            }));
    }

    /// <summary>Writes the support periods into <paramref name="lisatiedot"/>; a field without periods is removed.</summary>
    private void AsetaTukijaksot(JsonObject lisatiedot)
    {
        foreach (var kentta in Lisatietokentat.Tuki(Tyyppi))
        {
            var rivit = Tukijaksot.Where(r => r.Kentta == kentta.Nimi).Select(Aikajakso).ToList();
            if (rivit.Count == 0) lisatiedot.Remove(kentta.Nimi);
            else lisatiedot[kentta.Nimi] = new JsonArray([.. rivit]);
        }
        foreach (var (polku, loppu) in VanhojenJaksojenLoput)
            if (VanhaJakso(lisatiedot, polku) is { } jakso) Teksti(jakso, "loppu", Paiva(loppu));
    }

    /// <summary>The period at <c>lisätiedot.kentta</c> or <c>lisätiedot.kentta[i]</c>, as <see cref="VanhatTukitiedot"/> names it.</summary>
    private static JsonObject? VanhaJakso(JsonObject lisatiedot, string polku)
    {
        var osa = polku["lisätiedot.".Length..];
        var hakasulku = osa.IndexOf('[', StringComparison.Ordinal);
        if (hakasulku < 0) return lisatiedot[osa] as JsonObject;
        return int.TryParse(osa[(hakasulku + 1)..^1], System.Globalization.CultureInfo.InvariantCulture, out var i)
               && lisatiedot[osa[..hakasulku]] is JsonArray lista && i < lista.Count ? lista[i] as JsonObject : null;
    }
}
