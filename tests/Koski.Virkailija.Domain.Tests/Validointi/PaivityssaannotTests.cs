using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Validointi;

namespace Koski.Virkailija.Domain.Tests.Validointi;

public sealed class PaivityssaannotTests
{
    private static JsonObject Oo(string tyyppi = "perusopetus", string oppilaitos = "1.2.246.562.10.14613773812", string? lahdeId = null)
    {
        var json = new JsonObject
        {
            ["tyyppi"] = new JsonObject { ["koodiarvo"] = tyyppi },
            ["oppilaitos"] = new JsonObject { ["oid"] = oppilaitos },
        };
        if (lahdeId is not null)
            json["lähdejärjestelmänId"] = new JsonObject { ["id"] = lahdeId, ["lähdejärjestelmä"] = new JsonObject { ["koodiarvo"] = "primus" } };
        return json;
    }

    [Fact]
    public void Muuttumaton_perusosa_kelpaa() => Assert.Empty(Validoi(Oo(lahdeId: "1"), Oo(lahdeId: "2")));

    [Fact]
    public void Tyyppia_ei_voi_muuttaa() =>
        Assert.Equal(["tyyppi"], Validoi(Oo(), Oo(tyyppi: "esiopetus")).Select(v => v.Polku));

    private const string Koulutustoimija = "1.2.246.562.10.346830761110", Toinen = "1.2.246.562.10.64353470871";

    private static JsonObject Koulutustoimijalla(JsonObject oo, string koulutustoimija = Koulutustoimija)
    {
        oo["koulutustoimija"] = new JsonObject { ["oid"] = koulutustoimija };
        return oo;
    }

    /// <summary>Every oppilaitos is active but those named closed.</summary>
    private static IReadOnlyList<ValidointiVirhe> Validoi(JsonObject vanha, JsonObject uusi, params string[] lakkautetut) =>
        Paivityssaannot.Validoi(vanha, uusi, oid => !lakkautetut.Contains(oid));

    [Fact]
    public void Oppilaitosta_ei_vaihdeta_koulutustoimijan_sisalla()
    {
        const string avain = "badRequest.validation.organisaatio.oppilaitoksenVaihto";
        var vanha = Koulutustoimijalla(Oo());
        var uusi = Koulutustoimijalla(Oo(oppilaitos: Toinen));
        var virhe = Assert.Single(Validoi(vanha, uusi));
        Assert.Equal((avain, "oppilaitos.oid"), (virhe.Avain, virhe.Polku));
        Assert.Empty(Validoi(vanha, Koulutustoimijalla(Oo())));
    }

    [Fact]
    public void Oppilaitos_vaihtuu_historiassa_olevaan_lakkautetusta_aktiiviseen_tai_toisen_koulutustoimijan_oppilaitokseen()
    {
        var vanha = Koulutustoimijalla(Oo());
        var uusi = Koulutustoimijalla(Oo(oppilaitos: Toinen));
        Assert.Empty(Validoi(vanha, uusi, lakkautetut: "1.2.246.562.10.14613773812"));
        Assert.Single(Validoi(vanha, uusi, lakkautetut: ["1.2.246.562.10.14613773812", Toinen]));
        Assert.Empty(Validoi(vanha, Koulutustoimijalla(Oo(oppilaitos: Toinen), "1.2.246.562.10.77255241653")));

        vanha["organisaatiohistoria"] = new JsonArray(new JsonObject { ["oppilaitos"] = new JsonObject { ["oid"] = Toinen } });
        Assert.Empty(Validoi(vanha, uusi));
    }

    [Fact]
    public void Lahdejarjestelman_tunnistetta_ei_voi_poistaa()
    {
        var virheet = Validoi(Oo(lahdeId: "1"), Oo());
        Assert.Equal("forbidden.kiellettyMuutos", Assert.Single(virheet).Avain);
        Assert.Empty(Validoi(Oo(), Oo(lahdeId: "1")));
    }

    private static JsonObject Suorituksin(string tyyppi, params string[] suoritustyypit)
    {
        var json = Oo(tyyppi);
        json["suoritukset"] = new JsonArray([.. suoritustyypit.Select(t => (JsonNode)new JsonObject { ["tyyppi"] = new JsonObject { ["koodiarvo"] = t } })]);
        return json;
    }

    [Theory]
    [InlineData("lukiokoulutus", "lukionoppimaara", "lukionaineopinnot", true)]
    [InlineData("lukiokoulutus", "lukionaineopinnot", "lukionoppimaara", true)]
    [InlineData("lukiokoulutus", "lukionoppimaara", "lukionoppimaara", false)]
    [InlineData("aikuistenperusopetus", "aikuistenperusopetuksenoppimaara", "perusopetuksenoppiaineenoppimaara", true)]
    [InlineData("aikuistenperusopetus", "perusopetuksenoppiaineenoppimaara", "aikuistenperusopetuksenoppimaara", true)]
    [InlineData("aikuistenperusopetus", "aikuistenperusopetuksenoppimaara", "aikuistenperusopetuksenoppimaaranalkuvaihe", false)]
    [InlineData("perusopetus", "perusopetuksenoppimaara", "perusopetuksenoppiaineenoppimaara", false)]
    public void Lukion_ja_aikuisten_perusopetuksen_oppimaara_ei_muutu_aineopinnoiksi(string tyyppi, string vanha, string uusi, bool kielletty)
    {
        var virheet = Validoi(Suorituksin(tyyppi, vanha), Suorituksin(tyyppi, uusi));
        Assert.Equal(kielletty, virheet.Any(v => v.Avain == Paivityssaannot.TyyppiMuuttunut && v.Polku == "suoritukset"));
    }

    [Fact]
    public void Nuorten_perusopetuksessa_enintaan_yksi_keskenerainen_vuosiluokka()
    {
        const string avain = "badRequest.validation.tila.useitaKeskeneräisiäVuosiluokanSuoritukia";
        // KOSKI's ysiluokkalainen: oppimäärä and grades 8 and 9, both vahvistettu; here 9 left unfinished.
        var vanha = JsonNode.Parse(Esimerkit.Opiskeluoikeudet("perusopetuksenoppimaara-ysiluokkalainen_2025-03-20.json")[0])!.AsObject();
        vanha["oid"] = "1.2.246.562.15.00000000001";
        static JsonObject Luokka(JsonObject d, string luokka) => d["suoritukset"]!.AsArray().Select(s => s!.AsObject())
            .First(s => (string?)s["tyyppi"]!["koodiarvo"] == "perusopetuksenvuosiluokka" && (string?)s["koulutusmoduuli"]!["tunniste"]!["koodiarvo"] == luokka);
        Luokka(vanha, "9").Remove("vahvistus");
        var uusi = vanha.DeepClone().AsObject();
        Assert.DoesNotContain(Validoi(vanha, uusi), v => v.Avain == avain);

        // The update leaves 8 unfinished too.
        Luokka(uusi, "8").Remove("vahvistus");
        Assert.Contains(Validoi(vanha, uusi), v => v.Avain == avain && v.Polku == "suoritukset");

        // A stored unfinished grade the update finishes does not count.
        Assert.DoesNotContain(Validoi(uusi, vanha), v => v.Avain == avain);

        // Without the oid KOSKI does not compare with the stored version.
        uusi.Remove("oid");
        Assert.DoesNotContain(Validoi(vanha, uusi), v => v.Avain == avain);
    }
}
