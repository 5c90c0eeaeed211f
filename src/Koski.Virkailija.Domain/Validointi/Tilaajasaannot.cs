using Koski.Virkailija.Domain.Organisaatiot;
using static Koski.Virkailija.Domain.Validointi.ValidointiKohde;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's rules on a study right ordered from another organisation (KoskiValidator.addKoulutustoimija: esiopetus
/// ostopalvelu or palveluseteli, TPO hankintakoulutus) and on esiopetus in a päiväkoti (validatePäiväkodinEsiopetus),
/// against the organisation tree. KOSKI takes a missing koulutustoimija from the user's organisation; such a document
/// is judged by the user's rights and is not judged here. Without a tree these rules are not applied.
/// </summary>
public static class Tilaajasaannot
{
    private const string PaivakodinEsiopetus = "001102";
    private const string PeruskoulunEsiopetus = "001101";

    /// <summary>Ostopalvelu or palveluseteli: the koulutustoimija given is not the oppilaitos's own.</summary>
    public static readonly Validointisaanto JarjestamismuotoOmassaOrganisaatiossa = new("badRequest.validation.organisaatio.järjestämismuoto",
        "Opiskeluoikeutta ei voi tallentaa oman organisaation toimipaikkaan, jos järjestämismuotona on ostopalvelu tai palveluseteli.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Esiopetus && k.Json["järjestämismuoto"] is not null && Oma(k) == true ? ["järjestämismuoto"] : []);

    /// <summary>An ordered esiopetus is päiväkodin or peruskoulun esiopetus.</summary>
    public static readonly Validointisaanto JarjestamismuotoVaaralleKoulutukselle = new("badRequest.validation.koodisto.vääräKoulutuksenTunniste",
        "Järjestämismuoto on sallittu vain päiväkodissa tai peruskoulussa järjestettävälle esiopetukselle (koulutus 001102 tai 001101).",
        k => k.Tyyppi == Opiskeluoikeustyypit.Esiopetus && k.Json["järjestämismuoto"] is not null && Oma(k) == false
            ? k.PaatasonSuoritukset.Where(s => Koulutus(s) is not (PaivakodinEsiopetus or PeruskoulunEsiopetus))
                .Select(s => s.Polku + ".koulutusmoduuli.tunniste.koodiarvo")
            : []);

    /// <summary>KoskiValidator.validatePäiväkodinEsiopetus: a varhaiskasvatuksen toimipaikka gives päiväkodin esiopetus only.</summary>
    public static readonly Validointisaanto VarhaiskasvatuksenToimipaikassaMuuEsiopetus = new("badRequest.validation.koodisto.vääräKoulutuksenTunniste",
        "Varhaiskasvatuksen toimipisteeseen voi tallentaa vain päiväkodin esiopetusta (koulutus 001102).",
        k => k.Ymparisto.Organisaatiot is not { } puu ? [] : k.PaatasonSuoritukset
            .Where(s => s.Tyyppi == "esiopetuksensuoritus" && Koulutus(s) != PaivakodinEsiopetus
                        && JsonLuku.Teksti(s.Json, "toimipiste", "oid") is { } toimipiste
                        && puu.Hae(toimipiste)?.OnTyyppia(OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka) == true)
            .Select(s => s.Polku + ".koulutusmoduuli.tunniste.koodiarvo"));

    /// <summary>A TPO hankintakoulutus is ordered by another koulutustoimija than the oppilaitos's own.</summary>
    public static readonly Validointisaanto HankintakoulutusOmassaOrganisaatiossa = new("badRequest.validation.organisaatio.hankintakoulutus",
        "Opiskeluoikeutta ei voi tallentaa oman organisaation toimipaikkaan, jos kyseessä on hankintakoulutus.",
        k => k.Tyyppi == Opiskeluoikeustyypit.Taiteenperusopetus
             && JsonLuku.Teksti(k.Json, "koulutuksenToteutustapa", "koodiarvo") == "hankintakoulutus" && Oma(k) == true
            ? ["koulutuksenToteutustapa"] : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [JarjestamismuotoOmassaOrganisaatiossa, JarjestamismuotoVaaralleKoulutukselle, VarhaiskasvatuksenToimipaikassaMuuEsiopetus, HankintakoulutusOmassaOrganisaatiossa];

    /// <summary>
    /// KOSKI's not järjestettyOmanOrganisaationUlkopuolella, for a koulutustoimija given in the document: true when it is
    /// the oppilaitos's koulutustoimija in the tree, false when not (or the tree names none), null when it cannot be
    /// told here (no tree, no koulutustoimija given, no oppilaitos resolved).
    /// </summary>
    private static bool? Oma(ValidointiKohde k)
    {
        if (k.Ymparisto.Organisaatiot is not { } puu || JsonLuku.Teksti(k.Json, "koulutustoimija", "oid") is not { } annettu) return null;
        if (Oppilaitos(k, puu) is not { } oppilaitos) return null;
        return puu.Koulutustoimija(oppilaitos)?.Oid == annettu;
    }

    /// <summary>The oppilaitos given, else the one above the toimipisteet when they agree (KOSKI fills it so).</summary>
    private static string? Oppilaitos(ValidointiKohde k, OrganisaatioPuu puu)
    {
        if (JsonLuku.Teksti(k.Json, "oppilaitos", "oid") is { } annettu) return annettu;
        var oppilaitokset = k.PaatasonSuoritukset.Select(s => JsonLuku.Teksti(s.Json, "toimipiste", "oid"))
            .Select(t => t is null ? null : Organisaatiosaannot.KoskenOppilaitos(puu, t)?.Oid).Distinct().ToList();
        return oppilaitokset is [{ } ainoa] ? ainoa : null;
    }

    private static string? Koulutus(Suoritus s) => JsonLuku.Teksti(s.Json, "koulutusmoduuli", "tunniste", "koodiarvo");
}
