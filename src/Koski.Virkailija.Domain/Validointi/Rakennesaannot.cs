namespace Koski.Virkailija.Domain.Validointi;

/// <summary>KOSKI's rules on which suoritukset may stand together in one study right (keys <c>rakenne.*</c>).</summary>
public static class Rakennesaannot
{
    /// <summary>TaiteenPerusopetusValidation.validateTaiteenalat: every päätason suoritus of one taiteenala.</summary>
    public static readonly Validointisaanto TaiteenperusopetuksenEriTaiteenalat = new(
        "badRequest.validation.rakenne.tpoEriTaiteenalat",
        "Taiteen perusopetuksen opiskeluoikeudella ei voi olla suorituksia eri taiteenaloilta.",
        k =>
        {
            if (k.Tyyppi != Opiskeluoikeustyypit.Taiteenperusopetus) return [];
            var alat = k.PaatasonSuoritukset.Select(s => (s.Polku, Ala: JsonLuku.Teksti(s.Json, "koulutusmoduuli", "taiteenala", "koodiarvo")))
                .Where(s => s.Ala is not null).ToList();
            return alat.Skip(1).Where(s => s.Ala != alat[0].Ala).Select(s => s.Polku + ".koulutusmoduuli.taiteenala");
        });

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } = [TaiteenperusopetuksenEriTaiteenalat];
}
