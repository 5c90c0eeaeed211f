using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's DuplikaattiValidation: a study right may not be stored beside a learner's other valid one that is the same
/// study right (<c>conflict.exists</c>). "The same" depends on the type, as KOSKI has it: mostly the same oppilaitos,
/// tyyppi and first päätason suoritus with overlapping dates (both days included).
/// </summary>
public static class Duplikaatit
{
    public const string Avain = "conflict.exists";

    /// <summary>KOSKI's validaatiot.duplikaatinSallivatAmmatillisenKoulutuksenPerusteenDiaarinumerot.</summary>
    private static readonly string[] DuplikaatinSallivatDiaarit = ["OPH-1161-2018", "OPH-2487-2018", "OPH-2142-2025"];

    /// <summary>
    /// The first of <paramref name="muut"/> (the learner's other stored, not invalidated study rights) that
    /// <paramref name="uusi"/> duplicates; null when none. The study right itself (same oid or lähdejärjestelmänId) is
    /// never its own duplicate, and an invalidation is not checked.
    /// </summary>
    public static JsonObject? Ristiriitainen(JsonObject uusi, IEnumerable<JsonObject> muut)
    {
        // Nothing to compare with (a new learner's first study right): the document's reading is not needed.
        if (!muut.Any()) return null;
        var u = new Tiedot(uusi);
        if (u.Kohde.Jaksot is [.., { Tila: Tilat.Mitatoity }]) return null;
        var ehdokkaat = muut.Select(m => new Tiedot(m))
            .Where(m => !SamaOpiskeluoikeus(u, m) && m.Sisaltyy == u.Sisaltyy && m.Oppilaitos == u.Oppilaitos && m.Tyyppi == u.Tyyppi)
            .ToList();
        // KOSKI's "same oppilaitos and type": the first päätason suoritus alike too.
        var samanlaiset = ehdokkaat.Where(m => m.EnsimmainenTunniste == u.EnsimmainenTunniste && m.EnsimmainenTyyppi == u.EnsimmainenTyyppi);
        var ristiriitainen = u.Tyyppi switch
        {
            Opiskeluoikeustyypit.Perusopetus => Perusopetus(u, ehdokkaat, samanlaiset),
            Opiskeluoikeustyypit.Ammatillinen => Ammatillinen(u, samanlaiset),
            Opiskeluoikeustyypit.Lukio => u.Kaikki(Suoritustyypit.LukionOppimaara) ? Paallekkainen(u, samanlaiset) : null,
            "vapaansivistystyonkoulutus" when u.Kaikki("vstjotpakoulutus") || u.Kaikki("vstvapaatavoitteinenkoulutus") =>
                Paallekkainen(u, samanlaiset.Where(m => m.Opintokokonaisuus is not null && m.Opintokokonaisuus == u.Opintokokonaisuus)),
            "muukuinsaanneltykoulutus" =>
                Paallekkainen(u, samanlaiset.Where(m => m.Opintokokonaisuus is not null && m.Opintokokonaisuus == u.Opintokokonaisuus)),
            Opiskeluoikeustyypit.Taiteenperusopetus => null,
            "kielitutkinto" => Kielitutkinto(u, samanlaiset),
            _ => Paallekkainen(u, samanlaiset),
        };
        return ristiriitainen?.Kohde.Json;
    }

    /// <summary>
    /// A pupil's oppimäärä or vuosiluokat: only a study right wholly apart in time may be another. Subjects only
    /// (aineopinnot): another may be added only once the earlier one has ended.
    /// </summary>
    private static Tiedot? Perusopetus(Tiedot u, IEnumerable<Tiedot> ehdokkaat, IEnumerable<Tiedot> samanlaiset) =>
        u.NuortenOppimaaraTaiVuosiluokka
            ? Paallekkainen(u, ehdokkaat.Where(m => m.NuortenOppimaaraTaiVuosiluokka))
            : samanlaiset.FirstOrDefault(m => !m.NuortenOppimaaraTaiVuosiluokka && m.Kohde.JaksojenLoppu is null);

    /// <summary>A tutkinto: the same peruste (diaarinumero) at the same time; muu ammatillinen and osia pienemmät kokonaisuudet may repeat.</summary>
    private static Tiedot? Ammatillinen(Tiedot u, IEnumerable<Tiedot> samanlaiset)
    {
        if (u.Kaikki("muuammatillinenkoulutus") || u.Kaikki("tutkinnonosaapienemmistakokonaisuuksistakoostuvasuoritus")) return null;
        if (!u.Tutkinto) return Paallekkainen(u, samanlaiset);
        var diaarit = u.TutkintojenDiaarit;
        if (diaarit.Intersect(DuplikaatinSallivatDiaarit).Any()) return null;
        return Paallekkainen(u, samanlaiset.Where(m => m.TutkintojenDiaarit.Intersect(diaarit).Any()));
    }

    /// <summary>The same level and language at the same organiser on the same day (the yleinen kielitutkinto only: the valtionhallinnon one names no organiser).</summary>
    private static Tiedot? Kielitutkinto(Tiedot u, IEnumerable<Tiedot> samanlaiset) =>
        u.Jarjestaja is null ? null : samanlaiset.FirstOrDefault(m =>
            m.Jarjestaja == u.Jarjestaja && m.Kieli == u.Kieli && m.Kohde.JaksojenAlku == u.Kohde.JaksojenAlku);

    private static Tiedot? Paallekkainen(Tiedot u, IEnumerable<Tiedot> muut) => muut.FirstOrDefault(m => Limittain(u, m));

    /// <summary>KOSKI's Aikajakso(alkamispäivä, päättymispäivä).overlaps: both ends included, an open end reaches on.</summary>
    private static bool Limittain(Tiedot a, Tiedot b)
    {
        DateOnly alkuA = a.Kohde.JaksojenAlku ?? DateOnly.MinValue, alkuB = b.Kohde.JaksojenAlku ?? DateOnly.MinValue;
        DateOnly loppuA = a.Kohde.JaksojenLoppu ?? DateOnly.MaxValue, loppuB = b.Kohde.JaksojenLoppu ?? DateOnly.MaxValue;
        return alkuA <= loppuB && alkuB <= loppuA;
    }

    private static bool SamaOpiskeluoikeus(Tiedot a, Tiedot b) =>
        (b.Oid is not null && b.Oid == a.Oid) || (b.Lahdejarjestelma is not null && b.Lahdejarjestelma == a.Lahdejarjestelma);

    private sealed class Tiedot(JsonObject json)
    {
        public ValidointiKohde Kohde { get; } = new(json);
        public string? Oid { get; } = JsonLuku.Teksti(json, "oid");
        public string? Tyyppi => Kohde.Tyyppi;
        public string? Oppilaitos { get; } = JsonLuku.Teksti(json, "oppilaitos", "oid");
        public bool Sisaltyy { get; } = json["sisältyyOpiskeluoikeuteen"] is JsonObject;

        /// <summary>The id and its system together, as KOSKI compares LähdejärjestelmäId.</summary>
        public (string?, string?)? Lahdejarjestelma { get; } = JsonLuku.Teksti(json, "lähdejärjestelmänId", "id") is { } id
            ? (id, JsonLuku.Teksti(json, "lähdejärjestelmänId", "lähdejärjestelmä", "koodiarvo")) : null;

        private JsonObject? Ensimmainen => Kohde.PaatasonSuoritukset is [var s, ..] ? s.Json : null;
        public string? EnsimmainenTyyppi => JsonLuku.Teksti(Ensimmainen, "tyyppi", "koodiarvo");
        public string? EnsimmainenTunniste => JsonLuku.Teksti(Ensimmainen, "koulutusmoduuli", "tunniste", "koodiarvo");
        public string? Opintokokonaisuus => JsonLuku.Teksti(Ensimmainen, "koulutusmoduuli", "opintokokonaisuus", "koodiarvo");
        public string? Kieli => JsonLuku.Teksti(Ensimmainen, "koulutusmoduuli", "kieli", "koodiarvo") is { } kieli
            ? $"{EnsimmainenTunniste}/{kieli}" : null;
        public string? Jarjestaja => EnsimmainenTyyppi == "yleinenkielitutkinto" ? JsonLuku.Teksti(Ensimmainen, "järjestäjä", "oid") : null;

        public bool Kaikki(string suoritustyyppi) => Kohde.PaatasonSuoritukset.All(s => s.Tyyppi == suoritustyyppi);

        public bool NuortenOppimaaraTaiVuosiluokka => Kohde.PaatasonSuoritukset.Any(s =>
            s.Tyyppi is Suoritustyypit.PerusopetuksenOppimaara or Suoritustyypit.PerusopetuksenVuosiluokka);

        public bool Tutkinto => Kohde.PaatasonSuoritukset.Any(s =>
            s.Tyyppi is "ammatillinentutkinto" or "ammatillinentutkintoosittainen" or Suoritustyypit.NayttotutkintoonValmistava);

        public IReadOnlyList<string> TutkintojenDiaarit => Kohde.PaatasonSuoritukset
            .Where(s => s.Tyyppi is "ammatillinentutkinto" or "ammatillinentutkintoosittainen")
            .Select(s => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "perusteenDiaarinumero")).OfType<string>().ToList();
    }
}
