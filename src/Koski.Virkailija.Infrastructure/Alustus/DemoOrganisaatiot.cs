using Koski.Virkailija.Domain.Organisaatiot;

namespace Koski.Virkailija.Infrastructure.Alustus;

/// <summary>
/// Real organisations of the organisation service (names, OIDs, codes and parents as in its data), enough for the
/// demo officials and learners.
/// </summary>
internal static class DemoOrganisaatiot
{
    public const string Opetushallitus = Organisaatio.JuuriOid;

    public const string JyvaskylanYliopisto = "1.2.246.562.10.77055527103";
    public const string Normaalikoulu = "1.2.246.562.10.14613773812";
    public const string NormaalikoulunAlakoulu = "1.2.246.562.10.13635400305";
    public const string NormaalikoulunYlakouluJaLukio = "1.2.246.562.10.34087756457";

    public const string HelsinginKaupunki = "1.2.246.562.10.346830761110";
    public const string HaaganPeruskoulu = "1.2.246.562.10.83119092639";
    public const string PasilanPeruskoulu = "1.2.246.562.10.23920811728";
    public const string KallionLukio = "1.2.246.562.10.69408568777";
    public const string KallionLukioToimipiste = "1.2.246.562.10.591352080610";
    public const string RessunLukio = "1.2.246.562.10.62858797335";
    public const string RessunLukioToimipiste = "1.2.246.562.10.311476331310";
    public const string StadinAmmattiopisto = "1.2.246.562.10.52251087186";
    public const string StadinVilppulantie = "1.2.246.562.10.20485193278";
    public const string PkFranzenia = "1.2.246.562.10.28037015568";
    public const string PkSuvi = "1.2.246.562.10.75484750544";
    public const string PkLunni = "1.2.246.562.10.12285916917";

    public const string PyhtaanKunta = "1.2.246.562.10.69417312936";
    public const string PaivakotiTouhula = "1.2.246.562.10.63518646078";

    public const string VarsinaisSuomenAikuiskoulutussaatio = "1.2.246.562.10.44330177021";
    public const string VarsinaisSuomenKansanopisto = "1.2.246.562.10.31915273374";
    public const string VarsinaisSuomenKansanopistoToimipiste = "1.2.246.562.10.78513447389";

    public static IReadOnlyList<Organisaatio> Kaikki { get; } =
    [
        new() { Oid = Opetushallitus, NimiFi = "Opetushallitus", NimiSv = "Utbildningsstyrelsen",
                NimiEn = "Finnish National Agency for Education", Tyypit = "05" },

        Toimija(JyvaskylanYliopisto, "Jyväskylän yliopisto", null, "01"),
        Oppilaitos(Normaalikoulu, JyvaskylanYliopisto, "Jyväskylän normaalikoulu", "Jyväskylän normaalikoulu", "19", "00204"),
        Toimipiste(NormaalikoulunAlakoulu, Normaalikoulu, "Jyväskylän normaalikoulu, alakoulu"),
        Toimipiste(NormaalikoulunYlakouluJaLukio, Normaalikoulu, "Jyväskylän normaalikoulu, yläkoulu ja lukio"),

        Toimija(HelsinginKaupunki, "Helsingin kaupunki", "Helsingfors stad", "01,07"),
        Oppilaitos(HaaganPeruskoulu, HelsinginKaupunki, "Haagan peruskoulu", "Haagan peruskoulu", "11", "03004"),
        Oppilaitos(PasilanPeruskoulu, HelsinginKaupunki, "Pasilan peruskoulu", "Pasilan peruskoulu", "11", "03079"),
        Oppilaitos(KallionLukio, HelsinginKaupunki, "Kallion lukio", "Kallion lukio", "15", "00255"),
        Toimipiste(KallionLukioToimipiste, KallionLukio, "Kallion lukio"),
        Oppilaitos(RessunLukio, HelsinginKaupunki, "Ressun lukio", "Ressun lukio", "15", "00082"),
        Toimipiste(RessunLukioToimipiste, RessunLukio, "Ressun lukio"),
        Oppilaitos(StadinAmmattiopisto, HelsinginKaupunki, "Stadin ammatti- ja aikuisopisto", "Stadin ammatti- ja aikuisopisto", "21", "10105"),
        Toimipiste(StadinVilppulantie, StadinAmmattiopisto, "Stadin ammatti- ja aikuisopisto, Vilppulantien toimipaikka"),
        Paivakoti(PkFranzenia, HelsinginKaupunki, "PK Franzenia"),
        Paivakoti(PkSuvi, HelsinginKaupunki, "PK Suvi"),
        Paivakoti(PkLunni, HelsinginKaupunki, "PK Lunni"),

        Toimija(PyhtaanKunta, "Pyhtään kunta", null, "01,07"),
        Paivakoti(PaivakotiTouhula, PyhtaanKunta, "Päiväkoti Touhula"),

        Toimija(VarsinaisSuomenAikuiskoulutussaatio, "Varsinais-Suomen Aikuiskoulutussäätiö sr", null, "01"),
        Oppilaitos(VarsinaisSuomenKansanopisto, VarsinaisSuomenAikuiskoulutussaatio, "Varsinais-Suomen kansanopisto",
            "Varsinais-Suomen kansanopisto", "63", "01694"),
        Toimipiste(VarsinaisSuomenKansanopistoToimipiste, VarsinaisSuomenKansanopisto, "Varsinais-Suomen kansanopisto"),
    ];

    public static Organisaatio Hae(string oid) => Kaikki.Single(o => o.Oid == oid);

    private static Organisaatio Toimija(string oid, string nimiFi, string? nimiSv, string tyypit) =>
        new() { Oid = oid, ParentOid = Organisaatio.JuuriOid, NimiFi = nimiFi, NimiSv = nimiSv, Tyypit = tyypit };

    private static Organisaatio Oppilaitos(string oid, string parent, string nimiFi, string nimiSv, string oppilaitostyyppi,
        string oppilaitoskoodi) =>
        new()
        {
            Oid = oid, ParentOid = parent, NimiFi = nimiFi, NimiSv = nimiSv, NimiEn = nimiFi, Tyypit = "02",
            Oppilaitostyyppi = oppilaitostyyppi, OppilaitosKoodi = oppilaitoskoodi,
        };

    private static Organisaatio Toimipiste(string oid, string parent, string nimiFi) =>
        new() { Oid = oid, ParentOid = parent, NimiFi = nimiFi, Tyypit = "03" };

    private static Organisaatio Paivakoti(string oid, string parent, string nimi) =>
        new() { Oid = oid, ParentOid = parent, NimiFi = nimi, NimiSv = nimi, NimiEn = nimi, Tyypit = "08" };
}
