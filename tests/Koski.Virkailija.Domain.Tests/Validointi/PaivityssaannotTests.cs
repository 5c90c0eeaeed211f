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
}
