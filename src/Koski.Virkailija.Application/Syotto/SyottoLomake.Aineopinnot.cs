using System.Text.Json.Nodes;

namespace Koski.Virkailija.Application.Syotto;

/// <summary>
/// Perusopetuksen oppiaineen oppimäärät (aineopinnot, KOSKI's NuortenPerusopetuksenOppiaineenOppimääränSuoritus): a
/// päätason suoritus that is one oppiaine with its grade, suoritustapa, suorituskieli and vahvistus, after the
/// vuosiluokat and the oppimäärä in suoritukset.
/// </summary>
public sealed partial class SyottoLomake
{
    public const string OppiaineenOppimaara = "nuortenperusopetuksenoppiaineenoppimaara";

    /// <summary>perusopetuksensuoritustapa of an oppiaineen oppimäärä.</summary>
    public static IReadOnlyList<Valinta> Suoritustavat { get; } = [new("koulutus", "Koulutus"), new("erityinentutkinto", "Erityinen tutkinto")];

    public List<AineopintoRivi> Aineopinnot { get; set; } = [];

    public sealed class AineopintoRivi
    {
        /// <summary>The oppiaine; its <see cref="OppiaineRivi.Pohja"/> is the stored suoritus.</summary>
        public OppiaineRivi Oppiaine { get; set; } = new();
        public string Suoritustapa { get; set; } = "koulutus";
        public string Suorituskieli { get; set; } = OletusSuorituskieli;
        public Vahvistustiedot Vahvistus { get; set; } = new();
    }

    /// <summary>Index in suoritukset of aineopinto <paramref name="rivi"/> of <see cref="Aineopinnot"/>.</summary>
    public int AineopinnonIndeksi(int rivi) => Vuosiluokat.Count + (IlmanPaasuoritusta ? 0 : 1) + rivi;

    private static AineopintoRivi LueAineopinto(JsonObject suoritus) => new()
    {
        Oppiaine = LueOppiaine(suoritus),
        Suoritustapa = Teksti(suoritus["suoritustapa"], "koodiarvo") ?? "koulutus",
        Suorituskieli = Teksti(suoritus["suorituskieli"], "koodiarvo") ?? OletusSuorituskieli,
        Vahvistus = LueVahvistus(suoritus),
    };

    private JsonObject Aineopinto(AineopintoRivi rivi)
    {
        var suoritus = Oppiaine(rivi.Oppiaine, OppiaineenOppimaara);
        var moduuli = suoritus["koulutusmoduuli"]!.AsObject();
        if (Teksti(moduuli, "perusteenDiaarinumero") is null) Teksti(moduuli, "perusteenDiaarinumero", Diaarinumero);
        Perustiedot(suoritus, rivi.Suorituskieli);
        Koodi(suoritus, "suoritustapa", rivi.Suoritustapa, "perusopetuksensuoritustapa");
        Vahvista(suoritus, rivi.Vahvistus);
        return suoritus;
    }
}
