using Koski.Virkailija.Application.Kayttajat;
using Koski.Virkailija.Application.Kieli;
using Koski.Virkailija.Domain.Kayttooikeudet;
using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Application.Kayttooikeudet;

/// <summary>
/// The one place that decides who may do what to whose rights, where (docs/DOMAIN.md §1): the myöntöviite of the role
/// catalogue within the actor's organisation subtree, nobody acts on their own rights except to apply or cancel,
/// the group's allowed organisation levels, nothing new in a closed organisation, at most a year for officials.
/// Every service checks here before it writes; pages ask the same to decide what to offer.
/// </summary>
public static class KayttooikeusSaannot
{
    public static string EiOikeuttaOmiin => Tekstit.Hae("Kayttooikeus.EiOikeuttaOmiin");
    public static string EiOmaaAnomusta => Tekstit.Hae("Kayttooikeus.EiOmaaAnomusta");
    public static string Lakkautettu => Tekstit.Hae("Kayttooikeus.Lakkautettu");

    /// <summary>
    /// Null when <paramref name="tekija"/> may do <paramref name="toimenpide"/> to the rights of official
    /// <paramref name="kohdeVirkailijaId"/> (null for a service account) in <paramref name="ryhma"/> at
    /// <paramref name="organisaatio"/>; otherwise why not, in the user's language (<see cref="Tekstit"/>).
    /// </summary>
    public static string? Virhe(Kayttaja tekija, Toimenpide toimenpide, long? kohdeVirkailijaId, Kayttooikeusryhma ryhma,
        Organisaatio? organisaatio, OrganisaatioPuu puu, DateOnly tanaan)
    {
        if (organisaatio is null) return Tekstit.Hae("Kayttooikeus.OrganisaatiotaEiLoydy");
        var lakkautettu = organisaatio.OnLakkautettu(tanaan);
        var itse = tekija.VirkailijaId is { } omaId && kohdeVirkailijaId == omaId;

        switch (toimenpide)
        {
            case Toimenpide.Hae:
                if (tekija.VirkailijaId is null || !itse) return Tekstit.Hae("Kayttooikeus.HaeVainItselle");
                if (ryhma.OnPalvelukayttaja) return Tekstit.Hae("Kayttooikeus.PalvelukayttajanOikeusHenkilolle");
                return lakkautettu ? Lakkautettu : OrganisaatioVirhe(ryhma, organisaatio);
            case Toimenpide.Peruuta:
                return tekija.VirkailijaId is not null && itse ? null : Tekstit.Hae("Kayttooikeus.PeruutaVainOma");
        }

        if (tekija.VirkailijaId is null) return Tekstit.Hae("Kayttooikeus.VainVirkailija");
        var palvelukayttajalle = toimenpide is Toimenpide.LuoPalvelukayttaja or Toimenpide.VaihdaSalasana or Toimenpide.PoistaKaytosta;
        if (!palvelukayttajalle && itse) return toimenpide is Toimenpide.Hyvaksy or Toimenpide.Hylkaa ? EiOmaaAnomusta : EiOikeuttaOmiin;
        if (!Myontaa(tekija, ryhma, puu).Contains(organisaatio.Oid))
            return Tekstit.Hae("Kayttooikeus.EiMyontooikeutta", ryhma.Nimi, Tekstit.Nimi(organisaatio));
        if (ryhma.OnPalvelukayttaja != palvelukayttajalle)
            return palvelukayttajalle ? Tekstit.Hae("Kayttooikeus.PalvelukayttajallaAina")
                : Tekstit.Hae("Kayttooikeus.PalvelukayttajanOikeusSivulla");

        // Closing, rejecting and disabling take access away, so they stay possible in a closed organisation.
        var lisaaPaasya = toimenpide is Toimenpide.Myonna or Toimenpide.Jatka or Toimenpide.Hyvaksy
            or Toimenpide.LuoPalvelukayttaja or Toimenpide.VaihdaSalasana;
        if (!lisaaPaasya) return null;
        return lakkautettu ? Lakkautettu : OrganisaatioVirhe(ryhma, organisaatio);
    }

    /// <summary>
    /// Which groups may be applied for at which organisation: a group at the levels it is held (never a toimipiste …),
    /// but never a global group (OPH-pääkäyttäjä: Opetushallitus grants it to its own staff) and nothing at
    /// Opetushallitus itself, the root of the hierarchy: its rights are not asked for from an education provider's view.
    /// For a new application; renewing one's grant in force is <see cref="Toimenpide.Hae"/> on that grant.
    /// </summary>
    public static string? HakuVirhe(Kayttooikeusryhma ryhma, Organisaatio organisaatio)
    {
        if (ryhma.Sisaltaa(Oikeus.GLOBAALI))
            return Tekstit.Hae("Kayttooikeus.GlobaaliaEiHaeta", ryhma.Nimi);
        if (organisaatio.Oid == Organisaatio.JuuriOid)
            return Tekstit.Hae("Kayttooikeus.OpetushallitukseenEiHaeta");
        return OrganisaatioVirhe(ryhma, organisaatio);
    }

    /// <summary>
    /// Extending a grant in force (Jatka voimassaoloa): the new end is after the current one, never earlier (that would
    /// shorten it: closing is its own action) and within the limit of <see cref="VoimassaoloVirhe"/>.
    /// </summary>
    public static string? JatkoVirhe(DateOnly nykyinenAsti, DateOnly uusiAsti, DateOnly tanaan)
    {
        if (uusiAsti <= nykyinenAsti)
            return Tekstit.Hae("Kayttooikeus.JatkoEiLyhenna", nykyinenAsti);
        return VoimassaoloVirhe(uusiAsti, tanaan);
    }

    /// <summary>Organisations where <paramref name="tekija"/> may grant <paramref name="ryhma"/> (myöntöviite × subtree).</summary>
    public static IReadOnlySet<string> Myontaa(Kayttaja tekija, Kayttooikeusryhma ryhma, OrganisaatioPuu puu) =>
        tekija.Organisaatiot(r => r.MyonnettavatRyhmat.Contains(ryhma.Tunniste), puu);

    /// <summary>Role groups <paramref name="tekija"/> may grant somewhere.</summary>
    public static IReadOnlyList<Kayttooikeusryhma> MyonnettavatRyhmat(Kayttaja tekija) =>
        tekija.VirkailijaId is null ? []
            : Kayttooikeusryhma.Kaikki.Where(g => tekija.Roolit.Any(r => r.Ryhma.MyonnettavatRyhmat.Contains(g.Tunniste))).ToList();

    /// <summary>An official's grant lasts at most a year from today, and does not end in the past.</summary>
    public static string? VoimassaoloVirhe(DateOnly asti, DateOnly tanaan) =>
        asti < tanaan ? Tekstit.Hae("Kayttooikeus.EiMenneisyyteen")
        : asti > EnintaanAsti(tanaan) ? Tekstit.Hae("Kayttooikeus.EnintaanVuosi", EnintaanAsti(tanaan))
        : null;

    /// <summary>Why <paramref name="ryhma"/> cannot be granted at <paramref name="organisaatio"/>'s level, or null when it can.</summary>
    public static string? OrganisaatioVirhe(Kayttooikeusryhma ryhma, Organisaatio organisaatio) =>
        ryhma.OrganisaatioEste(organisaatio) switch
        {
            null => null,
            OrganisaatioEste.Toimipiste => Tekstit.Hae("Kayttooikeus.EiToimipisteeseen"),
            OrganisaatioEste.VainOppilaitos => Tekstit.Hae("Kayttooikeus.VainOppilaitokseen", ryhma.Nimi),
            OrganisaatioEste.VarhaiskasvatuksenToimipaikka => Tekstit.Hae("Kayttooikeus.EiVarhaiskasvatuksenToimipaikkaan", ryhma.Nimi),
            _ => Tekstit.Hae("Kayttooikeus.EiOrganisaatioon", ryhma.Nimi, Tekstit.Nimi(organisaatio)),
        };

    public static DateOnly EnintaanAsti(DateOnly tanaan) => tanaan.AddYears(1);
}
