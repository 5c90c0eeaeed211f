using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Domain.Validointi;

/// <summary>
/// KOSKI's organisation rules (KoskiValidator.addOppilaitos, addKoulutustoimija) against the organisation tree; without a
/// tree in the <see cref="Validointiymparisto"/> they are not applied.
/// </summary>
public static class Organisaatiosaannot
{
    /// <summary>KOSKI checks the given koulutustoimija except where it is the ordering party (esiopetus ostopalvelu, TPO hankinta).</summary>
    public static readonly Validointisaanto VaaraKoulutustoimija = new("badRequest.validation.organisaatio.vääräKoulutustoimija",
        "Annettu koulutustoimija ei ole oppilaitoksen koulutustoimija organisaatiopalvelussa.",
        k => k.Ymparisto.Organisaatiot is { } puu
             && JsonLuku.Teksti(k.Json, "koulutustoimija", "oid") is { } annettu
             && !KoulutustoimijaTilaaja(k)
             && JsonLuku.Teksti(k.Json, "oppilaitos", "oid") is { } oppilaitos
             && puu.Koulutustoimija(oppilaitos) is { } loydetty && loydetty.Oid != annettu
            ? ["koulutustoimija.oid"] : []);

    public static readonly Validointisaanto ToimipisteellaEiOppilaitosta = new("badRequest.validation.organisaatio.eiOppilaitos",
        "Toimipisteenä käytetylle organisaatiolle ei löydy oppilaitos-tyyppistä yläorganisaatiota.",
        k => k.Ymparisto.Organisaatiot is { } puu && OppilaitosPuuttuu(k)
            ? Toimipisteet(k).Where(t => puu.Hae(t.Oid) is not null && KoskenOppilaitos(puu, t.Oid) is null).Select(t => t.Polku)
            : []);

    /// <summary>Neither given nor one oppilaitos above the toimipisteet (none at all, or several); an unresolved toimipiste is <see cref="ToimipisteellaEiOppilaitosta"/>.</summary>
    public static readonly Validointisaanto OppilaitosEiYksiselitteinen = new("badRequest.validation.organisaatio.oppilaitosPuuttuu",
        "Opiskeluoikeudesta puuttuu oppilaitos, eikä sitä voi yksiselitteisesti päätellä annetuista toimipisteistä.",
        k => k.Ymparisto.Organisaatiot is { } puu && OppilaitosPuuttuu(k)
             && Toimipisteet(k).Select(t => KoskenOppilaitos(puu, t.Oid)?.Oid).ToList() is var oppilaitokset
             && !oppilaitokset.Contains(null) && oppilaitokset.Distinct().Count() != 1
            ? ["oppilaitos"] : []);

    public static IReadOnlyList<Validointisaanto> Kaikki { get; } =
        [VaaraKoulutustoimija, ToimipisteellaEiOppilaitosta, OppilaitosEiYksiselitteinen];

    /// <summary>KOSKI's OrganisaatioHierarkia.oppilaitosTyypit: an oppisopimustoimipiste or a päiväkoti stands as an oppilaitos too.</summary>
    internal static Organisaatio? KoskenOppilaitos(OrganisaatioPuu puu, string oid) =>
        puu.Hae(oid) is { } itse
            ? puu.Vanhemmat(oid).Prepend(itse).FirstOrDefault(o => o.OnTyyppia(OrganisaatioTyyppi.Oppilaitos)
                || o.OnTyyppia(OrganisaatioTyyppi.Oppisopimustoimipiste) || o.OnTyyppia(OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka))
            : null;

    private static bool OppilaitosPuuttuu(ValidointiKohde k) => JsonLuku.Teksti(k.Json, "oppilaitos", "oid") is null;

    private static bool KoulutustoimijaTilaaja(ValidointiKohde k) => k.Tyyppi switch
    {
        Opiskeluoikeustyypit.Esiopetus => k.Json["järjestämismuoto"] is not null,
        Opiskeluoikeustyypit.Taiteenperusopetus => JsonLuku.Teksti(k.Json, "koulutuksenToteutustapa", "koodiarvo") == "hankintakoulutus",
        _ => false,
    };

    private static IEnumerable<(string Oid, string Polku)> Toimipisteet(ValidointiKohde k) => k.PaatasonSuoritukset
        .Select(s => (Oid: JsonLuku.Teksti(s.Json, "toimipiste", "oid"), Polku: s.Polku + ".toimipiste"))
        .Where(t => t.Oid is not null)
        .Select(t => (t.Oid!, t.Polku));
}
