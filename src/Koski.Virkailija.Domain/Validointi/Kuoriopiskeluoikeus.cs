using System.Text.Json.Nodes;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's kuori (shell) study right (KoskiOpiskeluoikeusRepository.isKuoriOpiskeluoikeus): a stored study right that
/// another stored, not invalidated study right of the same learner (or of the learner's master) names in
/// <c>sisältyyOpiskeluoikeuteen.oid</c>. Its suoritukset are kept in the linked ones, so KoskiValidator's
/// validateLinkitettyTaiSisältääOsasuorituksia accepts a kuori's valmis päätason suoritus without enough
/// osasuoritukset: the two keys below come only from there (valmiiksiMerkitylläEiOsasuorituksia), so a kuori drops them
/// wherever they stand. KOSKI asks only when one was found, as the question reads the database.
/// </summary>
/// <remarks>
/// KOSKI also spares a kuori the ammatillinen perustutkinto checks of validateYhteisetTutkinnonOsat and
/// AmmatillinenValidation (valmiillaSuorituksellaPitääOllaKeskiarvo, osatutkintotavoitteisenValmistuminen, the yhteiset
/// tutkinnon osat laajuus); none of those is decided here (data/koski/virheavaimet/kattavuus.tsv), and their keys are
/// shared with rules a kuori does not escape, so one added later must be exempted by its rule, not by its key.
/// </remarks>
public static class Kuoriopiskeluoikeus
{
    private static readonly HashSet<string> KuorelleSallitut =
        [Suoritussaannot.ValmiiltaPuuttuuOsasuorituksia.Avain, Perusopetussaannot.OppiaineetPuuttuvat.Avain];

    public static bool KuorelleSallittu(ValidointiVirhe virhe) => KuorelleSallitut.Contains(virhe.Avain);

    /// <summary>
    /// The oid to look up when <paramref name="virheet"/> hold an error a kuori escapes; null when there is none, or the
    /// document has no oid (KOSKI: a study right not yet stored is never a kuori).
    /// </summary>
    public static string? Kysyttava(JsonObject opiskeluoikeus, IReadOnlyList<ValidointiVirhe> virheet) =>
        virheet.Any(KuorelleSallittu) ? JsonLuku.Teksti(opiskeluoikeus, "oid") : null;

    /// <summary>Whether the stored study right <paramref name="muu"/> is linked into the study right <paramref name="oid"/>.</summary>
    public static bool SisaltyyTahan(JsonNode? muu, string oid) =>
        JsonLuku.Teksti(muu, "sisältyyOpiskeluoikeuteen", "oid") == oid;

    /// <summary>The errors a kuori still has.</summary>
    public static IReadOnlyList<ValidointiVirhe> Kuoren(IReadOnlyList<ValidointiVirhe> virheet) =>
        virheet.Where(v => !KuorelleSallittu(v)).ToList();
}
