using System.Text.Json;
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

    /// <summary>
    /// A document as parsed from a request, before any rule has opened its parts: the codes are read from the parsed
    /// JSON (<see cref="JsonTausta"/>), and the same unknown code gets the same path as in an opened document.
    /// </summary>
    [Fact]
    public void Avaamattoman_dokumentin_koodit_luetaan_samoin()
    {
        var d = Esimerkki();
        var osasuoritus = d["suoritukset"]![0]!["osasuoritukset"]![1]!.AsObject();
        osasuoritus["arviointi"]![0]!["arvosana"]!["koodiarvo"] = "eiolemassa";
        var odotettu = Assert.Single(Virheet(d), v => v.Avain == Avain).Polku;
        Assert.Equal("suoritukset[0].osasuoritukset[1].arviointi[0].arvosana.koodiarvo", odotettu);

        var jasennetty = JsonNode.Parse(d.ToJsonString())!.AsObject();
        Assert.True(JsonTausta.Avaamaton(jasennetty["suoritukset"], out _));
        Assert.Equal(odotettu, Assert.Single(Virheet(jasennetty), v => v.Avain == Avain).Polku);
    }

    [Fact]
    public void Avaamattoman_dokumentin_koodi_kelpaa_kirjainkoosta_ja_escapesta_riippumatta()
    {
        // "x" is read by no rule, so the code rule reads it as parsed; \u006c is an l.
        static IEnumerable<string> Tuntemattomat(string arvo) => Koodisaannot.TuntematonKoodi.Rikkomukset(new ValidointiKohde(
            JsonNode.Parse($$$"""{"x": {"y": [{"koodiarvo": {{{arvo}}}, "koodistoUri": "koskiopiskeluoikeudentila"}]}}""")!.AsObject(),
            new Validointiymparisto(new Rajapaivat(), KoskiKoodistot.Kaikki)));

        Assert.Empty(Tuntemattomat("\"lasna\""));
        Assert.Empty(Tuntemattomat("\"LASNA\""));
        Assert.Empty(Tuntemattomat("\"\\u006casna\""));
        Assert.Equal(["x.y[0].koodiarvo"], Tuntemattomat("\"\\u006casnax\""));
        Assert.Equal(["x.y[0].koodiarvo"], Tuntemattomat($"\"{new string('a', 300)}\""));
    }

    [Fact]
    public void Jasennetyn_json_olion_tausta_on_luettavissa_tassa_ajoymparistossa()
    {
        // Without it every walk opens the whole document again: a change of System.Text.Json's fields shows here.
        Assert.True(JsonTausta.Kaytettavissa);
        var olio = JsonNode.Parse("""{"a": {"b": [1]}}""")!.AsObject();
        Assert.True(JsonTausta.Avaamaton(olio, out var elementti));
        Assert.Equal(JsonValueKind.Object, elementti.ValueKind);
        _ = olio["a"];
        Assert.False(JsonTausta.Avaamaton(olio, out _));
        Assert.True(JsonTausta.Avaamaton(olio["a"], out _));
        Assert.False(JsonTausta.Avaamaton(new JsonObject(), out _));
    }
}
