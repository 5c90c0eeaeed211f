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
}
