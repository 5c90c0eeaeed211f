using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's AmmatillinenValidation cut-offs of the 2025 vocational reform (VOS) and of paikallinen muu ammatillinen
/// koulutus, from <see cref="Rajapaivat"/>. The VOS rules apply, as in KOSKI, only once the cut-off day has passed;
/// KOSKI applies the periods and loma rules also to a TUVA study right under the ammatillinen järjestämislupa.
/// </summary>
public static class Ammatillisetrajapaivasaannot
{
    /// <summary>The lisätiedot periods KOSKI retires, with the name its message gives them.</summary>
    private static readonly string[] AmmatillisetJaksot = ["opiskeluvalmiuksiaTukevatOpinnot", "erityinenTuki", "vaikeastiVammainen", "vammainenJaAvustaja"];
    private static readonly string[] TuvanJaksot = ["erityinenTuki", "vaikeastiVammainen", "vammainenJaAvustaja"];

    public static readonly Validointisaanto PaikallinenMuuAmmatillinenRajapaivanJalkeen = new(
        "badRequest.validation.ammatillinen.paikallinenMuuAmmatillinenRajapäivänJälkeen",
        "Paikallinen muun ammatillisen koulutuksen opiskeluoikeus ei voi alkaa siirtymäajan päättymispäivän jälkeen.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Ammatillinen && Alkamispaiva(k) > k.Rajapaivat.PaikallisenMuunAmmatillisenViimeinenAloituspaiva
             && k.PaatasonSuoritukset.Any(s => s.Tyyppi == "muuammatillinenkoulutus"
                                               && JsonLuku.Solmu(s.Json, "koulutusmoduuli", "tunniste") is { } tunniste
                                               && JsonLuku.Teksti(tunniste, "koodistoUri") is null)
            ? [k.Alkamispaiva.Teksti is null ? "tila.opiskeluoikeusjaksot[0].alku" : "alkamispäivä"] : []);

    /// <summary>
    /// AmmatillinenValidation.validateAikajaksot: a study right starting after the cut-off has none of the retired
    /// periods; an earlier one has none starting after it.
    /// </summary>
    public static readonly Validointisaanto LisatietoRajapaivanJalkeen = new(
        "badRequest.validation.ammatillinen.lisätietoRajapäivänJälkeen",
        "Lisätieto ei ole käytössä ammatillisen koulutuksen uudistuksen rajapäivän (31.12.2025) jälkeen: jakso ei voi alkaa rajapäivän jälkeen, eikä rajapäivän jälkeen alkavalla opiskeluoikeudella voi olla jaksoa.",
        k =>
        {
            if (VosJaksot(k) is not { } kentat) return [];
            var raja = k.Rajapaivat.AmmatillisenVosUudistuksenViimeinenKayttopaiva;
            var alkaaJalkeen = Alkamispaiva(k) > raja;
            return kentat.SelectMany(k.Lisatiedot.Jaksot).Where(j => alkaaJalkeen || j.Alku > raja)
                .Select(j => alkaaJalkeen ? j.Polku : j.Polku + ".alku");
        });

    /// <summary>
    /// AmmatillinenValidation.validateLomaTilat: a loma must start by the cut-off and end (the next jakso start) by
    /// the day after it; a loma still in force is refused once the cut-off has passed.
    /// </summary>
    public static readonly Validointisaanto LomaRajapaivanJalkeen = new(
        "badRequest.validation.ammatillinen.lomaTilaRajapäivänJälkeen",
        "Opiskeluoikeuden loma-tila ei voi olla voimassa ammatillisen koulutuksen uudistuksen rajapäivän (31.12.2025) jälkeen.",
        k =>
        {
            if (VosJaksot(k) is null) return [];
            var raja = k.Rajapaivat.AmmatillisenVosUudistuksenViimeinenKayttopaiva;
            var jaksot = k.Jaksot;
            var virheet = new List<string>();
            for (var i = 0; i < jaksot.Count; i++)
            {
                if (jaksot[i].Tila != Tilat.Loma || jaksot[i].Alku.Arvo is not { } alku) continue;
                var paattyyAjoissa = i + 1 < jaksot.Count
                    ? jaksot[i + 1].Alku.Arvo is not { } seuraava || seuraava <= raja.AddDays(1)
                    : k.Ymparisto.Paiva <= raja;
                if (alku > raja || !paattyyAjoissa) virheet.Add(jaksot[i].Polku + ".tila");
            }
            return virheet;
        });

    /// <summary>AmmatillinenValidation.validateHenkilöstökoulutusVosUudistuksenRajapäivänJälkeen.</summary>
    public static readonly Validointisaanto HenkilostokoulutusRajapaivanJalkeen = new(
        "badRequest.validation.ammatillinen.henkilöstökoulutusRajapäivänJälkeen",
        "Henkilöstökoulutus-tietoa ei voi lisätä ammatillisen koulutuksen uudistuksen rajapäivän (31.12.2025) jälkeen alkavaan opiskeluoikeuteen.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Ammatillinen && VosVoimassa(k) && k.Lisatiedot.Totuusarvo("henkilöstökoulutus")
             && !(Alkamispaiva(k) <= k.Rajapaivat.AmmatillisenVosUudistuksenViimeinenKayttopaiva)
            ? ["lisätiedot.henkilöstökoulutus"] : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [PaikallinenMuuAmmatillinenRajapaivanJalkeen, LisatietoRajapaivanJalkeen, LomaRajapaivanJalkeen, HenkilostokoulutusRajapaivanJalkeen];

    /// <summary>KOSKI's oo.alkamispäivä: the first jakso's day (it fills alkamispäivä from it), else the field.</summary>
    private static DateOnly? Alkamispaiva(ValidointiKohde k) => k.JaksojenAlku ?? k.Alkamispaiva.Arvo;

    private static bool VosVoimassa(ValidointiKohde k) => k.Ymparisto.Paiva > k.Rajapaivat.AmmatillisenVosUudistuksenViimeinenKayttopaiva;

    /// <summary>The periods the VOS rules read for this study right; null when they do not apply (yet).</summary>
    private static string[]? VosJaksot(ValidointiKohde k) => !VosVoimassa(k) ? null : k.Tyyppi switch
    {
        Opiskeluoikeustyypit.Ammatillinen => AmmatillisetJaksot,
        "tuva" when JsonLuku.Teksti(k.Json, "järjestämislupa", "koodiarvo") == "ammatillinen" => TuvanJaksot,
        _ => null,
    };
}
