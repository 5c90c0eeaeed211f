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
    public void Muuttumaton_perusosa_kelpaa() => Assert.Empty(Paivityssaannot.Validoi(Oo(lahdeId: "1"), Oo(lahdeId: "2")));

    [Fact]
    public void Tyyppia_ei_voi_muuttaa() =>
        Assert.Equal(["tyyppi"], Paivityssaannot.Validoi(Oo(), Oo(tyyppi: "esiopetus")).Select(v => v.Polku));

    [Fact]
    public void Oppilaitosta_ei_voi_muuttaa() =>
        Assert.Equal(["oppilaitos"], Paivityssaannot.Validoi(Oo(), Oo(oppilaitos: "1.2.246.562.10.346830761110")).Select(v => v.Polku));

    [Fact]
    public void Oppilaitosta_ei_vaihdeta_koulutustoimijan_sisalla()
    {
        const string avain = "badRequest.validation.organisaatio.oppilaitoksenVaihto";
        JsonObject Koulutustoimijalla(JsonObject oo) { oo["koulutustoimija"] = new JsonObject { ["oid"] = "1.2.246.562.10.346830761110" }; return oo; }
        var vanha = Koulutustoimijalla(Oo());
        var uusi = Koulutustoimijalla(Oo(oppilaitos: "1.2.246.562.10.64353470871"));
        var virhe = Assert.Single(Paivityssaannot.Validoi(vanha, uusi));
        Assert.Equal((avain, "oppilaitos.oid"), (virhe.Avain, virhe.Polku));
        Assert.Empty(Paivityssaannot.Validoi(vanha, Koulutustoimijalla(Oo())));

        // A move to an oppilaitos of the organisaatiohistoria is KOSKI's to allow; this app refuses every move.
        vanha["organisaatiohistoria"] = new JsonArray(new JsonObject { ["oppilaitos"] = new JsonObject { ["oid"] = "1.2.246.562.10.64353470871" } });
        Assert.Equal(Paivityssaannot.KiellettyMuutos, Assert.Single(Paivityssaannot.Validoi(vanha, uusi)).Avain);
    }

    [Fact]
    public void Lahdejarjestelman_tunnistetta_ei_voi_poistaa()
    {
        var virheet = Paivityssaannot.Validoi(Oo(lahdeId: "1"), Oo());
        Assert.Equal("forbidden.kiellettyMuutos", Assert.Single(virheet).Avain);
        Assert.Empty(Paivityssaannot.Validoi(Oo(), Oo(lahdeId: "1")));
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
        var virheet = Paivityssaannot.Validoi(Suorituksin(tyyppi, vanha), Suorituksin(tyyppi, uusi));
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
        Assert.DoesNotContain(Paivityssaannot.Validoi(vanha, uusi), v => v.Avain == avain);

        // The update leaves 8 unfinished too.
        Luokka(uusi, "8").Remove("vahvistus");
        Assert.Contains(Paivityssaannot.Validoi(vanha, uusi), v => v.Avain == avain && v.Polku == "suoritukset");

        // A stored unfinished grade the update finishes does not count.
        Assert.DoesNotContain(Paivityssaannot.Validoi(uusi, vanha), v => v.Avain == avain);

        // Without the oid KOSKI does not compare with the stored version.
        uusi.Remove("oid");
        Assert.DoesNotContain(Paivityssaannot.Validoi(vanha, uusi), v => v.Avain == avain);
    }
}
