using System.Globalization;
using Koski.Virkailija.Domain.Organisaatiot;
using static Koski.Virkailija.Domain.Kayttooikeudet.Oikeus;

namespace Koski.Virkailija.Domain.Kayttooikeudet;

/// <summary>
/// A role group (käyttöoikeusryhmä) and the KOSKI permissions it carries: the one catalogue of roles
/// (docs/DOMAIN.md §1). Who may grant which group is <see cref="Myontaa"/>. Its name is Finnish and Swedish, as the
/// UI is.
/// </summary>
public sealed record Kayttooikeusryhma(
    string Tunniste,
    string NimiFi,
    string NimiSv,
    IReadOnlySet<Oikeus> Oikeudet,
    IReadOnlySet<OrganisaatioTyyppi> SallitutOrganisaatiotyypit)
{
    /// <summary>The name in the current UI language (<see cref="CultureInfo.CurrentUICulture"/>), Finnish unless Swedish.</summary>
    public string Nimi => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv" ? NimiSv : NimiFi;

    /// <summary>Role groups this group's holder may grant (myöntöviite).</summary>
    public IReadOnlyList<string> Myontaa { get; init; } = [];

    /// <summary>Whether the group belongs to a system account rather than a person.</summary>
    public bool OnPalvelukayttaja => Oikeudet.Contains(TIEDONSIIRTO);

    public bool Sisaltaa(Oikeus oikeus) => Oikeudet.Contains(oikeus);

    /// <summary>
    /// Why the group cannot be granted in <paramref name="organisaatio"/> (its types allow none of this group's
    /// levels: never a toimipiste, KOSKI-pääkäyttäjä never a varhaiskasvatuksen toimipaikka, TPO-hankinta only an
    /// oppilaitos), or null when it can. The application layer words the reason in the user's language.
    /// </summary>
    public OrganisaatioEste? OrganisaatioEste(Organisaatio organisaatio)
    {
        var tyypit = organisaatio.TyyppiLista;
        if (tyypit.Any(SallitutOrganisaatiotyypit.Contains)) return null;
        if (tyypit.Contains(OrganisaatioTyyppi.Toimipiste) || tyypit.Contains(OrganisaatioTyyppi.Oppisopimustoimipiste))
            return Kayttooikeudet.OrganisaatioEste.Toimipiste;
        if (SallitutOrganisaatiotyypit.SetEquals([OrganisaatioTyyppi.Oppilaitos]))
            return Kayttooikeudet.OrganisaatioEste.VainOppilaitos;
        if (tyypit.Contains(OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka))
            return Kayttooikeudet.OrganisaatioEste.VarhaiskasvatuksenToimipaikka;
        return Kayttooikeudet.OrganisaatioEste.MuuTaso;
    }

    private static readonly OrganisaatioTyyppi[] Koulutus =
        [OrganisaatioTyyppi.Koulutustoimija, OrganisaatioTyyppi.Oppilaitos, OrganisaatioTyyppi.VarhaiskasvatuksenJarjestaja,
         OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka, OrganisaatioTyyppi.Muu];

    private static Kayttooikeusryhma Ryhma(string tunniste, (string Fi, string Sv) nimi, Oikeus[] oikeudet,
        OrganisaatioTyyppi[]? tyypit = null, string[]? myontaa = null) =>
        new(tunniste, nimi.Fi, nimi.Sv, oikeudet.ToHashSet(), (tyypit ?? Koulutus).ToHashSet()) { Myontaa = myontaa ?? [] };

    public static readonly Kayttooikeusryhma KoskiPaakayttaja = Ryhma("koski-paakayttaja", ("KOSKI-pääkäyttäjä", "KOSKI-huvudanvändare"),
        [READ, KAIKKI_OPISKELUOIKEUS_TYYPIT, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT, TIEDONSIIRRON_MITATOINTI,
         KAYTTOLIITTYMASIIRRON_MITATOINTI, LAHDEJARJESTELMAKYTKENNAN_PURKAMINEN, KAYTTOOIKEUKSIEN_MYONTO],
        tyypit: [OrganisaatioTyyppi.Koulutustoimija, OrganisaatioTyyppi.Oppilaitos, OrganisaatioTyyppi.VarhaiskasvatuksenJarjestaja, OrganisaatioTyyppi.Muu],
        myontaa: ["koski-katselija", "koski-katselija-suppea", "koski-katselija-esiopetus", "koski-tallentaja",
                  "koski-tallentaja-esiopetus", "koski-tallentaja-tpo-hankinta", "oppijan-tuonti"]);

    public static readonly Kayttooikeusryhma KoskiKatselija = Ryhma("koski-katselija",
        ("KOSKI-katselija (sisältää erityiset henkilötiedot)", "KOSKI-läsare (innehåller särskilda personuppgifter)"), [READ, KAIKKI_OPISKELUOIKEUS_TYYPIT, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT]);

    public static readonly Kayttooikeusryhma KoskiKatselijaSuppea = Ryhma("koski-katselija-suppea",
        ("KOSKI-katselija (ei erityisiä henkilötietoja)", "KOSKI-läsare (inga särskilda personuppgifter)"), [READ, KAIKKI_OPISKELUOIKEUS_TYYPIT]);

    public static readonly Kayttooikeusryhma KoskiKatselijaEsiopetus = Ryhma("koski-katselija-esiopetus",
        ("KOSKI-katselija (esiopetus)", "KOSKI-läsare (förskoleundervisning)"), [READ, LUKU_ESIOPETUS, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT]);

    public static readonly Kayttooikeusryhma KoskiTallentaja = Ryhma("koski-tallentaja", ("KOSKI-tallentaja", "KOSKI-registrerare"),
        [READ_UPDATE, KAIKKI_OPISKELUOIKEUS_TYYPIT, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT]);

    public static readonly Kayttooikeusryhma KoskiTallentajaEsiopetus = Ryhma("koski-tallentaja-esiopetus",
        ("KOSKI-tallentaja (esiopetus)", "KOSKI-registrerare (förskoleundervisning)"), [READ_UPDATE_ESIOPETUS, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT]);

    public static readonly Kayttooikeusryhma KoskiTallentajaTpoHankinta = Ryhma("koski-tallentaja-tpo-hankinta",
        ("KOSKI-tallentaja (taiteen perusopetus, hankinta)", "KOSKI-registrerare (grundläggande konstundervisning, upphandling)"), [READ, READ_UPDATE, TAITEENPERUSOPETUS_HANKINTAKOULUTUS],
        tyypit: [OrganisaatioTyyppi.Oppilaitos]);

    public static readonly Kayttooikeusryhma KoskiPalvelukayttaja = Ryhma("koski-palvelukayttaja", ("KOSKI-palvelukäyttäjä", "KOSKI-tjänsteanvändare"),
        [READ_UPDATE, TIEDONSIIRTO, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT],
        tyypit: [OrganisaatioTyyppi.Koulutustoimija, OrganisaatioTyyppi.Oppilaitos, OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka]);

    /// <summary>
    /// The role of a read-only service account: reads like <see cref="KoskiPalvelukayttaja"/> (every type, special
    /// categories, the transfer log, bulk handovers) but writes nothing. Not granted to persons, so not in
    /// <see cref="Kaikki"/>: an account is made read-only where service accounts are managed.
    /// </summary>
    public static readonly Kayttooikeusryhma KoskiPalvelukayttajaLuku = Ryhma("koski-palvelukayttaja-luku",
        ("KOSKI-palvelukäyttäjä (vain luku)", "KOSKI-tjänsteanvändare (endast läsning)"),
        [READ, TIEDONSIIRTO, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT],
        tyypit: [OrganisaatioTyyppi.Koulutustoimija, OrganisaatioTyyppi.Oppilaitos, OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka]);

    public static readonly Kayttooikeusryhma OpintopolunVastuukayttaja = Ryhma("opintopolun-vastuukayttaja",
        ("Opintopolun vastuukäyttäjä", "Studieinfos ansvarsanvändare"), [KAYTTOOIKEUKSIEN_MYONTO],
        myontaa: ["koski-paakayttaja", "koski-palvelukayttaja"]);

    public static readonly Kayttooikeusryhma VardaPaakayttaja = Ryhma("varda-paakayttaja", ("Varda-pääkäyttäjä", "Varda-huvudanvändare"),
        [KAYTTOOIKEUKSIEN_MYONTO], myontaa: ["koski-katselija-esiopetus", "koski-tallentaja-esiopetus"]);

    public static readonly Kayttooikeusryhma OphPaakayttaja = Ryhma("oph-paakayttaja", ("OPH-pääkäyttäjä", "UBS-huvudanvändare"),
        [READ_UPDATE, KAIKKI_OPISKELUOIKEUS_TYYPIT, LUOTTAMUKSELLINEN_KAIKKI_TIEDOT, TIEDONSIIRRON_MITATOINTI,
         KAYTTOLIITTYMASIIRRON_MITATOINTI, LAHDEJARJESTELMAKYTKENNAN_PURKAMINEN, KAYTTOOIKEUKSIEN_MYONTO, GLOBAALI],
        tyypit: [OrganisaatioTyyppi.Muu]);

    /// <summary>
    /// "Oppijan tuonti": an official follows the organisation's learner batches on their page; a service account
    /// holding it (<see cref="Palvelukayttaja.OppijoidenTuonti"/>) sends the batches. Granted by the organisation's
    /// pääkäyttäjä.
    /// </summary>
    public static readonly Kayttooikeusryhma OppijanTuonti = Ryhma("oppijan-tuonti", ("Oppijan tuonti", "Import av studerande"),
        [OPPIJOIDEN_TUONTI],
        tyypit: [OrganisaatioTyyppi.Koulutustoimija, OrganisaatioTyyppi.Oppilaitos, OrganisaatioTyyppi.VarhaiskasvatuksenJarjestaja, OrganisaatioTyyppi.Muu]);

    public static IReadOnlyList<Kayttooikeusryhma> Kaikki { get; } =
    [
        KoskiPaakayttaja, KoskiKatselija, KoskiKatselijaSuppea, KoskiKatselijaEsiopetus, KoskiTallentaja,
        KoskiTallentajaEsiopetus, KoskiTallentajaTpoHankinta, KoskiPalvelukayttaja, OpintopolunVastuukayttaja,
        VardaPaakayttaja, OphPaakayttaja, OppijanTuonti,
    ];

    /// <summary>OPH's main user grants every group.</summary>
    public IReadOnlyList<string> MyonnettavatRyhmat =>
        Sisaltaa(GLOBAALI) ? Kaikki.Select(r => r.Tunniste).ToList() : Myontaa;

    public static Kayttooikeusryhma Hae(string tunniste) =>
        Kaikki.FirstOrDefault(r => r.Tunniste == tunniste)
        ?? throw new ArgumentException($"Tuntematon käyttöoikeusryhmä '{tunniste}'", nameof(tunniste));
}

/// <summary>Why a role group cannot be granted at an organisation (<see cref="Kayttooikeusryhma.OrganisaatioEste"/>).</summary>
public enum OrganisaatioEste
{
    /// <summary>A toimipiste: rights are granted at the oppilaitos or koulutustoimija.</summary>
    Toimipiste,

    /// <summary>The group is granted only at an oppilaitos.</summary>
    VainOppilaitos,

    /// <summary>A varhaiskasvatuksen toimipaikka, which the group does not allow.</summary>
    VarhaiskasvatuksenToimipaikka,

    /// <summary>Any other level the group does not allow.</summary>
    MuuTaso,
}
