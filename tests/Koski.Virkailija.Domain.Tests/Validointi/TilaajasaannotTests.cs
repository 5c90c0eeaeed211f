using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Organisaatiot;
using Koski.Virkailija.Domain.Tests.Organisaatiot;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>KOSKI's ordered-education rules on KOSKI's esiopetus ostopalvelu (Päiväkoti Touhula) and TPO hankintakoulutus examples, with KOSKI's organisation tree.</summary>
public sealed class TilaajasaannotTests
{
    private const string Ostopalvelu = "esiopetus-ostopalvelu_2022-09-26.json";
    private const string TpoHankinta = "taiteenperusopetus-hyvaksytystisuoritettuhankintakoulutus_2023-06-27.json";
    private static readonly Lazy<OrganisaatioPuu> Puu = new(() => new OrganisaatioPuu(Hierarkia.Organisaatiot));

    private static List<ValidointiVirhe> Virheet(JsonObject d) =>
        Validointisaannot.Validoi(d, KoskiKoodistot.Ymparisto with { Organisaatiot = Puu.Value, Tanaan = new DateOnly(2026, 11, 20) }).ToList();

    private static JsonObject Esimerkki(string tiedosto) => JsonNode.Parse(Esimerkit.Opiskeluoikeudet(tiedosto)[0])!.AsObject();

    private static JsonObject Suoritus(JsonObject d) => d["suoritukset"]![0]!.AsObject();

    private static string OmaKoulutustoimija(string oid) =>
        Puu.Value.Koulutustoimija(KoskenOppilaitos(oid))!.Oid;

    // The toimipiste itself for a päiväkoti, else its oppilaitos above.
    private static string KoskenOppilaitos(string oid) =>
        Puu.Value.Vanhemmat(oid).Prepend(Puu.Value.Hae(oid)!).First(o => o.OnTyyppia(OrganisaatioTyyppi.Oppilaitos)
            || o.OnTyyppia(OrganisaatioTyyppi.VarhaiskasvatuksenToimipaikka)).Oid;

    [Fact]
    public void Ostopalvelua_ei_oman_organisaation_toimipaikkaan()
    {
        const string avain = "badRequest.validation.organisaatio.järjestämismuoto";
        Assert.DoesNotContain(Virheet(Esimerkki(Ostopalvelu)), v => v.Avain == avain);
        var oma = Esimerkki(Ostopalvelu);
        oma["koulutustoimija"] = new JsonObject { ["oid"] = OmaKoulutustoimija((string)Suoritus(oma)["toimipiste"]!["oid"]!) };
        Assert.Contains(Virheet(oma), v => v.Avain == avain && v.Polku == "järjestämismuoto");
    }

    [Fact]
    public void Ostopalveluna_ja_varhaiskasvatuksen_toimipaikassa_vain_paivakodin_esiopetusta()
    {
        const string avain = "badRequest.validation.koodisto.vääräKoulutuksenTunniste";
        Assert.DoesNotContain(Virheet(Esimerkki(Ostopalvelu)), v => v.Avain == avain); // 001102 in a päiväkoti
        var muu = Esimerkki(Ostopalvelu);
        Suoritus(muu)["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "999999";
        Assert.Contains(Virheet(muu), v => v.Avain == avain && v.Polku == "suoritukset[0].koulutusmoduuli.tunniste.koodiarvo");

        // Peruskoulun esiopetus is fine when ordered, but not in a päiväkoti.
        var peruskoulun = Esimerkki(Ostopalvelu);
        Suoritus(peruskoulun)["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "001101";
        Assert.Single(Virheet(peruskoulun), v => v.Avain == avain && v.Polku == "suoritukset[0].koulutusmoduuli.tunniste.koodiarvo");
        peruskoulun.Remove("järjestämismuoto");
        Assert.Single(Virheet(peruskoulun), v => v.Avain == avain);
    }

    [Fact]
    public void Hankintakoulutusta_ei_oman_organisaation_oppilaitokseen()
    {
        const string avain = "badRequest.validation.organisaatio.hankintakoulutus";
        Assert.DoesNotContain(Virheet(Esimerkki(TpoHankinta)), v => v.Avain == avain);
        var oma = Esimerkki(TpoHankinta);
        oma["koulutustoimija"] = new JsonObject { ["oid"] = Puu.Value.Koulutustoimija((string)oma["oppilaitos"]!["oid"]!)!.Oid };
        Assert.Contains(Virheet(oma), v => v.Avain == avain && v.Polku == "koulutuksenToteutustapa");
    }
}
