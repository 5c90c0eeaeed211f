using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Arkaluonteiset;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Arkaluonteiset;

/// <summary>The project's catalogue against KOSKI's own list (sensitive-fields.tsv) and the example documents.</summary>
public sealed class ArkaluonteisetTiedotTests
{
    /// <summary>The class.field names of KOSKI's list (the version-history row by its class name).</summary>
    private static List<string> KoskenLista { get; } =
        File.ReadLines(Jaettu.ArkaluonteisetKentat)
            .Where(r => r.Length > 0 && !r.StartsWith('#') && !r.StartsWith("class_or_field\t", StringComparison.Ordinal))
            .Select(r => r.Split('\t')[0].Split(' ')[0])
            .ToList();

    [Fact]
    public void Luettelossa_on_jokainen_Kosken_rivi_eika_muuta()
    {
        Assert.True(KoskenLista.Count > 100, $"only {KoskenLista.Count} rows read from the TSV");
        Assert.Equal(KoskenLista.Order(StringComparer.Ordinal), ArkaluonteisetTiedot.Tunnisteet.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// INDEX.tsv names, per example, the sensitive field names present in it (found by name). Each must be gone after
    /// redaction, except where the name also belongs to a class KOSKI does not list (lukio's and VST's
    /// todistuksellaNäkyvätLisätiedot, ammatillinen "lisätiedot.tunniste=mukautettu").
    /// </summary>
    [Theory]
    [MemberData(nameof(Esimerkit.Tiedostot), MemberType = typeof(Esimerkit))]
    public void Esimerkin_arkaluonteiset_kentat_poistuvat(string tiedosto)
    {
        var rivi = File.ReadLines(Path.Combine(Jaettu.Esimerkit, "INDEX.tsv")).Single(r => r.StartsWith(tiedosto + "\t", StringComparison.Ordinal));
        var tyyppi = rivi.Split('\t')[2];
        var kentat = rivi.Split('\t')[6].Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Where(k => !k.Contains('='))
            .Where(k => !(k == "todistuksellaNäkyvätLisätiedot" && tyyppi is "lukiokoulutus" or "vapaansivistystyonkoulutus"))
            .ToList();

        foreach (var json in Esimerkit.Opiskeluoikeudet(tiedosto))
        {
            var dokumentti = JsonNode.Parse(json)!.AsObject();
            var ennen = Nimet(dokumentti);
            Assert.All(kentat, k => Assert.Contains(k, ennen));
            ArkaluonteisetTiedot.Poista(dokumentti);
            var jalkeen = Nimet(dokumentti);
            Assert.All(kentat, k => Assert.DoesNotContain(k, jalkeen));
        }
    }

    [Fact]
    public void Toiminta_alueen_suoritus_poistuu_kokonaan_mutta_oppiaineet_jaavat()
    {
        var dokumentti = JsonNode.Parse(Esimerkit.Opiskeluoikeudet("perusopetuksenoppimaara-toiminta-alueittainopiskelija_2024-10-18.json")[0])!.AsObject();
        var ennen = dokumentti.ToJsonString();
        Assert.Contains("perusopetuksentoimintaalue", ennen);

        ArkaluonteisetTiedot.Poista(dokumentti);

        var jalkeen = dokumentti.ToJsonString();
        Assert.DoesNotContain("perusopetuksentoimintaalue", jalkeen);
        Assert.Contains("perusopetuksenoppimaara", jalkeen);
        Assert.NotNull(dokumentti["tila"]);
    }

    [Fact]
    public void Tuvan_lisatiedot_riippuvat_jarjestamisluvasta()
    {
        var dokumentti = new JsonObject
        {
            ["tyyppi"] = new JsonObject { ["koodiarvo"] = "tuva" },
            ["järjestämislupa"] = new JsonObject { ["koodiarvo"] = "lukio" },
            ["lisätiedot"] = new JsonObject { ["erityinenTuki"] = new JsonArray(), ["sisäoppilaitosmainenMajoitus"] = new JsonArray() },
        };

        ArkaluonteisetTiedot.Poista(dokumentti);

        // Under a lukio licence only the boarding is listed; erityinenTuki is a field of the ammatillinen licence's class.
        Assert.NotNull(dokumentti["lisätiedot"]!["erityinenTuki"]);
        Assert.Null(dokumentti["lisätiedot"]!["sisäoppilaitosmainenMajoitus"]);
    }

    [Fact]
    public void Numeerisen_arvioinnin_kuvaus_ei_ole_sanallinen_arviointi()
    {
        JsonObject Arviointi(string arvosana) => new()
        {
            ["arvosana"] = new JsonObject { ["koodiarvo"] = arvosana, ["koodistoUri"] = "arviointiasteikkoyleissivistava" },
            ["kuvaus"] = new JsonObject { ["fi"] = "kuvaus" },
        };
        var dokumentti = new JsonObject
        {
            ["tyyppi"] = new JsonObject { ["koodiarvo"] = "perusopetus" },
            ["suoritukset"] = new JsonArray(new JsonObject
            {
                ["tyyppi"] = new JsonObject { ["koodiarvo"] = "perusopetuksenoppimaara" },
                ["osasuoritukset"] = new JsonArray(
                    new JsonObject { ["arviointi"] = new JsonArray(Arviointi("S")) },
                    new JsonObject { ["arviointi"] = new JsonArray(Arviointi("8")) }),
            }),
        };

        ArkaluonteisetTiedot.Poista(dokumentti);

        var osat = dokumentti["suoritukset"]![0]!["osasuoritukset"]!.AsArray();
        Assert.Null(osat[0]!["arviointi"]![0]!["kuvaus"]);
        Assert.NotNull(osat[1]!["arviointi"]![0]!["kuvaus"]);
    }

    private static HashSet<string> Nimet(JsonNode? solmu)
    {
        var nimet = new HashSet<string>(StringComparer.Ordinal);
        void Kay(JsonNode? n)
        {
            if (n is JsonObject o)
                foreach (var (k, v) in o) { nimet.Add(k); Kay(v); }
            else if (n is JsonArray a)
                foreach (var x in a) Kay(x);
        }
        Kay(solmu);
        return nimet;
    }
}
