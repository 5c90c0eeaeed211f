using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Validointi;

/// <summary>Every code of a document is a value of its (imported) code list, as KOSKI reads it.</summary>
public sealed class KoodisaannotTests
{
    private const string Avain = "badRequest.validation.jsonSchema";

    private static JsonObject Esimerkki() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Jaettu.Esimerkit, "perusopetuksenoppimaara-paattotodistus_2025-03-20.json")))!
            ["opiskeluoikeudet"]![0]!.DeepClone().AsObject();

    private static IReadOnlyList<ValidointiVirhe> Virheet(JsonObject d, Koodiluettelot? koodit = null) =>
        Validointisaannot.Validoi(d, new Validointiymparisto(new Rajapaivat(), koodit ?? KoskiKoodistot.Kaikki));

    [Fact]
    public void Tuntematon_tila_ja_koulutus_ovat_skeemavirheita()
    {
        var d = Esimerkki();
        Assert.Empty(Virheet(d));
        d["tila"]!["opiskeluoikeusjaksot"]![0]!["tila"]!["koodiarvo"] = "eiolemassa";
        var oppimaara = d["suoritukset"]!.AsArray().Single(s => (string?)s!["tyyppi"]!["koodiarvo"] == "perusopetuksenoppimaara")!;
        oppimaara["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "999999";
        var indeksi = d["suoritukset"]!.AsArray().IndexOf(oppimaara);

        var virheet = Virheet(d);
        Assert.Contains(virheet, v => v.Avain == Avain && v.Polku == "tila.opiskeluoikeusjaksot[0].tila.koodiarvo");
        Assert.Contains(virheet, v => v.Avain == Avain && v.Polku == $"suoritukset[{indeksi}].koulutusmoduuli.tunniste.koodiarvo");
    }

    [Fact]
    public void Suoritustyypin_koulutuskoodi_on_kiinnitetty_koodistoista_riippumatta()
    {
        // 999999 is in the koulutus list ("muu tai tuntematon"), but KOSKI's schema fixes an oppimäärä to 201101.
        var d = Esimerkki();
        var oppimaara = d["suoritukset"]!.AsArray().Single(s => (string?)s!["tyyppi"]!["koodiarvo"] == "perusopetuksenoppimaara")!;
        oppimaara["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] = "999999";
        var polku = $"suoritukset[{d["suoritukset"]!.AsArray().IndexOf(oppimaara)}].koulutusmoduuli.tunniste.koodiarvo";

        Assert.Contains(Validointisaannot.Validoi(d), v => v.Avain == Avain && v.Polku == polku);
        Assert.Contains(Virheet(d), v => v.Avain == Avain && v.Polku == polku);
    }

    [Fact]
    public void Koodiarvo_kelpaa_kirjainkoosta_riippumatta()
    {
        var d = Esimerkki();
        d["tila"]!["opiskeluoikeusjaksot"]![0]!["tila"]!["koodiarvo"] = "LASNA";
        Assert.DoesNotContain(Virheet(d), v => v.Avain == Avain);
    }

    [Fact]
    public void Tuomatonta_koodistoa_ja_paikallista_koodia_ei_tarkisteta()
    {
        var d = Esimerkki();
        d["tila"]!["opiskeluoikeusjaksot"]![0]!["tila"]!["koodiarvo"] = "eiolemassa";
        Assert.DoesNotContain(Virheet(d, Koodiluettelot.Tyhja), v => v.Avain == Avain);
        Assert.DoesNotContain(Validointisaannot.Validoi(d), v => v.Avain == Avain);

        var paikallinen = Esimerkki();
        paikallinen["suoritukset"]![0]!["osasuoritukset"]![0]!["koulutusmoduuli"]!["tunniste"] =
            new JsonObject { ["koodiarvo"] = "OMA1", ["nimi"] = new JsonObject { ["fi"] = "Oma kurssi" } };
        Assert.DoesNotContain(Virheet(paikallinen), v => v.Avain == Avain);
    }
}
