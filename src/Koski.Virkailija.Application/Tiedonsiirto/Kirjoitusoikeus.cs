using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Domain.Organisaatiot;
using static Koski.Virkailija.Domain.Kayttooikeudet.Oikeus;

namespace Koski.Virkailija.Application.Tiedonsiirto;

/// <summary>
/// Who may write a study right (docs/DOMAIN.md §4, §6): a role with write access to the study right's type must cover its
/// oppilaitos and every toimipiste in the document. A taiteen perusopetus hankintakoulutus is written also by a
/// tallentaja covering its buyer (the koulutustoimija); the TPO-hankinta role writes only hankintakoulutus rows and
/// never creates or invalidates them.
/// </summary>
public static class Kirjoitusoikeus
{
    /// <summary>Whether the role writes study rights of this type at all.</summary>
    public static bool KirjoittaaTyyppia(Kayttooikeusryhma ryhma, string? tyyppi) =>
        (ryhma.Sisaltaa(READ_UPDATE) && (ryhma.Sisaltaa(KAIKKI_OPISKELUOIKEUS_TYYPIT) || ryhma.Sisaltaa(TIEDONSIIRTO)))
        || (ryhma.Sisaltaa(READ_UPDATE_ESIOPETUS) && tyyppi == "esiopetus")
        || (ryhma.Sisaltaa(TAITEENPERUSOPETUS_HANKINTAKOULUTUS) && tyyppi == "taiteenperusopetus");

    /// <summary>Whether the role creates and invalidates study rights of this type (the TPO-hankinta role only edits).</summary>
    public static bool LuoTyyppia(Kayttooikeusryhma ryhma, string? tyyppi) =>
        KirjoittaaTyyppia(ryhma, tyyppi) && !ryhma.Sisaltaa(TAITEENPERUSOPETUS_HANKINTAKOULUTUS);

    /// <summary>Organisations where the user may write study rights of <paramref name="tyyppi"/>.</summary>
    public static IReadOnlySet<string> Organisaatiot(Kayttaja kayttaja, string? tyyppi, OrganisaatioPuu puu) =>
        kayttaja.Organisaatiot(r => KirjoittaaTyyppia(r, tyyppi), puu);

    /// <summary>KOSKI's error key when the user may not write the document, or null when they may.</summary>
    public static string? Virhe(Kayttaja kayttaja, OpiskeluoikeusDokumentti dokumentti, string oppilaitosOid, OrganisaatioPuu puu)
    {
        if (!kayttaja.JokinRooli(r => KirjoittaaTyyppia(r, dokumentti.Tyyppi))) return "forbidden.opiskeluoikeudenTyyppi";
        return Kattaa(kayttaja, dokumentti.Tyyppi, dokumentti.OstajaOid, dokumentti.ToimipisteOidit.Append(oppilaitosOid), puu)
            ? null : "forbidden.organisaatio";
    }

    /// <summary>
    /// KOSKI's error key when the user may not create the document as a new study right, or null when they may. The
    /// form and the API both ask this: a role that only edits (TPO-hankinta) answers KOSKI's bare <c>forbidden</c>.
    /// </summary>
    public static string? LuontiVirhe(Kayttaja kayttaja, OpiskeluoikeusDokumentti dokumentti, string oppilaitosOid, OrganisaatioPuu puu)
    {
        if (Virhe(kayttaja, dokumentti, oppilaitosOid, puu) is { } virhe) return virhe;
        return Kattaa(kayttaja, dokumentti.Tyyppi, dokumentti.OstajaOid, dokumentti.ToimipisteOidit.Append(oppilaitosOid), puu, luonti: true)
            ? null : "forbidden";
    }

    /// <summary>Whether the user may write this stored study right (its oppilaitos, or its buyer for a hankinta).</summary>
    public static bool KirjoittaaRivia(Kayttaja kayttaja, Opiskeluoikeus rivi, OrganisaatioPuu puu) =>
        Kattaa(kayttaja, rivi.Tyyppi, rivi.OstajaOid, [rivi.OppilaitosOid], puu);

    /// <summary>Editable in the UI: writable, not invalidated, and not from a source system (docs/DOMAIN.md §6).</summary>
    public static bool MuokattavissaKayttoliittymassa(Kayttaja kayttaja, Opiskeluoikeus rivi, OrganisaatioPuu puu) =>
        rivi.LahdejarjestelmanId is null && !rivi.Mitatoity && KirjoittaaRivia(kayttaja, rivi, puu);

    /// <summary>
    /// Invalidation (docs/DOMAIN.md §6): a UI-created row needs write right (not the TPO-hankinta one) or
    /// KAYTTOLIITTYMASIIRRON_MITATOINTI; a transferred row needs TIEDONSIIRRON_MITATOINTI, in its oppilaitos.
    /// </summary>
    public static bool Mitatoi(Kayttaja kayttaja, Opiskeluoikeus rivi, OrganisaatioPuu puu)
    {
        if (rivi.Mitatoity) return false;
        if (rivi.LahdejarjestelmanId is not null)
            return kayttaja.Organisaatiot(r => r.Sisaltaa(TIEDONSIIRRON_MITATOINTI), puu).Contains(rivi.OppilaitosOid);
        var luojat = kayttaja.Organisaatiot(r => LuoTyyppia(r, rivi.Tyyppi), puu);
        return luojat.Contains(rivi.OppilaitosOid) || (OnHankinta(rivi.Tyyppi, rivi.OstajaOid) && luojat.Contains(rivi.OstajaOid!))
            || kayttaja.Organisaatiot(r => r.Sisaltaa(KAYTTOLIITTYMASIIRRON_MITATOINTI), puu).Contains(rivi.OppilaitosOid);
    }

    /// <summary>
    /// Invalidation by a PUT whose tila ends in mitätöity: as <see cref="Mitatoi"/>, and besides it the source system
    /// that transferred the row, which KOSKI lets invalidate its own transfers this way.
    /// </summary>
    public static bool MitatoiSiirrolla(Kayttaja kayttaja, Opiskeluoikeus rivi, OrganisaatioPuu puu) =>
        Mitatoi(kayttaja, rivi, puu)
        || (rivi.LahdejarjestelmanId is not null && kayttaja.Sisaltaa(TIEDONSIIRTO) && KirjoittaaRivia(kayttaja, rivi, puu));

    private static bool Kattaa(Kayttaja kayttaja, string? tyyppi, string? ostaja, IEnumerable<string> kohteet, OrganisaatioPuu puu,
        bool luonti = false)
    {
        var hankinta = OnHankinta(tyyppi, ostaja);
        if (hankinta && kayttaja.Organisaatiot(r => LuoTyyppia(r, tyyppi), puu).Contains(ostaja!)) return true;
        // The TPO-hankinta role reaches only study rights bought from its oppilaitos, and never creates them.
        var sallitut = kayttaja.Organisaatiot(r => (luonti ? LuoTyyppia(r, tyyppi) : KirjoittaaTyyppia(r, tyyppi))
            && (hankinta || !r.Sisaltaa(TAITEENPERUSOPETUS_HANKINTAKOULUTUS)), puu);
        return kohteet.All(sallitut.Contains);
    }

    private static bool OnHankinta(string? tyyppi, string? ostaja) => tyyppi == "taiteenperusopetus" && ostaja is not null;
}
