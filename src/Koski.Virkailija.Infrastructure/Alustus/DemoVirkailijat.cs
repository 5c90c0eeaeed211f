using Koski.Virkailija.Domain.Kayttooikeudet;
using static Koski.Virkailija.Infrastructure.Alustus.DemoOrganisaatiot;

namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>A demo official and the one role group granted to them.</summary>
internal sealed record DemoVirkailija(string Kayttajatunnus, string Etunimet, string Sukunimi, string Oid,
    Kayttooikeusryhma Ryhma, string OrganisaatioOid);

/// <summary>One official per role the app distinguishes, each signing in with the user name that names the role.</summary>
internal static class DemoVirkailijat
{
    public static IReadOnlyList<DemoVirkailija> Kaikki { get; } =
    [
        Uusi(1, "paakayttaja", "Päivi", "Pääkkönen", Kayttooikeusryhma.KoskiPaakayttaja, JyvaskylanYliopisto),
        Uusi(2, "tallentaja", "Tapio", "Talvitie", Kayttooikeusryhma.KoskiTallentaja, Normaalikoulu),
        Uusi(3, "katselija", "Kaisa", "Katajisto", Kayttooikeusryhma.KoskiKatselija, Normaalikoulu),
        Uusi(4, "katselija-suppea", "Sulo", "Suominen", Kayttooikeusryhma.KoskiKatselijaSuppea, Normaalikoulu),
        Uusi(5, "esiopetus-katselija", "Eeva", "Eskola", Kayttooikeusryhma.KoskiKatselijaEsiopetus, Normaalikoulu),
        Uusi(6, "esiopetus-tallentaja", "Elina", "Eskelinen", Kayttooikeusryhma.KoskiTallentajaEsiopetus, Normaalikoulu),
        Uusi(7, "helsinki-tallentaja", "Heikki", "Helminen", Kayttooikeusryhma.KoskiTallentaja, HelsinginKaupunki),
        Uusi(8, "tpo-tallentaja", "Taina", "Tanskanen", Kayttooikeusryhma.KoskiTallentajaTpoHankinta, VarsinaisSuomenKansanopisto),
        Uusi(9, "vastuukayttaja", "Ville", "Vastamäki", Kayttooikeusryhma.OpintopolunVastuukayttaja, JyvaskylanYliopisto),
        Uusi(10, "oph-paakayttaja", "Outi", "Ojanperä", Kayttooikeusryhma.OphPaakayttaja, Opetushallitus),
    ];

    /// <summary>New officials who hold no role yet: they sign in, see only "Omat tiedot" and apply.</summary>
    public static IReadOnlyList<(string Kayttajatunnus, string Etunimet, string Sukunimi, string Oid)> IlmanOikeuksia { get; } =
    [
        ("uusi-virkailija", "Uuno", "Uusitalo", Domain.Oidit.Henkilo(80_000_000_011)),
        ("uusi-virkailija-2", "Unna", "Uusikylä", Domain.Oidit.Henkilo(80_000_000_012)),
    ];

    public static DemoVirkailija Hae(string kayttajatunnus) => Kaikki.Single(v => v.Kayttajatunnus == kayttajatunnus);

    private static DemoVirkailija Uusi(int numero, string tunnus, string etunimet, string sukunimi, Kayttooikeusryhma ryhma,
        string organisaatio) =>
        new(tunnus, etunimet, sukunimi, Domain.Oidit.Henkilo(80_000_000_000 + numero), ryhma, organisaatio);
}
