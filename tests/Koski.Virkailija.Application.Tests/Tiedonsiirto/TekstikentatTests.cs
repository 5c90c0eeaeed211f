using System.Text.Json.Nodes;
using Koski.Virkailija.Application.Tiedonsiirto;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>The ceiling on text values, judged on the document as parsed from the request and as built in code.</summary>
public sealed class TekstikentatTests
{
    private static JsonNode Siirto(string kuvausJson) => JsonNode.Parse(
        $$"""{"henkilö": {"sukunimi": "Testi"}, "opiskeluoikeudet": [{"suoritukset": [{}, {"kuvaus": {{kuvausJson}}}]}]}""")!;

    private static string Tekstina(string teksti) => $"\"{teksti}\"";

    [Fact]
    public void Enimmaispituinen_teksti_kelpaa_ja_pidempi_hylataan_polkuineen()
    {
        Tekstikentat.Tarkista(Siirto(Tekstina(new string('x', Tekstikentat.MaksimiPituus))));

        var virhe = Assert.Throws<KoskiVirheet>(() => Tekstikentat.Tarkista(Siirto(Tekstina(new string('x', Tekstikentat.MaksimiPituus + 1)))));

        var yksi = Assert.Single(virhe.Virheet);
        Assert.Equal("badRequest.validation.jsonSchema", yksi.Avain);
        Assert.StartsWith("opiskeluoikeudet[0].suoritukset[1].kuvaus: ", yksi.Viesti, StringComparison.Ordinal);
    }

    [Fact]
    public void Pituus_on_merkkeja_eika_tavuja()
    {
        // 6 bytes per character in the request (\u00e4), so the bytes exceed the ceiling while the characters do not.
        Tekstikentat.Tarkista(Siirto(Tekstina(string.Concat(Enumerable.Repeat("\\u00e4", 2_000)))));
        Tekstikentat.Tarkista(Siirto(Tekstina(new string('ä', Tekstikentat.MaksimiPituus))));

        Assert.Throws<KoskiVirheet>(() => Tekstikentat.Tarkista(Siirto(Tekstina(string.Concat(Enumerable.Repeat("\\u00e4", Tekstikentat.MaksimiPituus + 1))))));
    }

    [Fact]
    public void Koodissa_rakennettu_teksti_tarkistetaan_myos()
    {
        var siirto = Siirto("null");
        siirto["henkilö"]!["sukunimi"] = new string('x', Tekstikentat.MaksimiPituus + 1);

        var virhe = Assert.Throws<KoskiVirheet>(() => Tekstikentat.Tarkista(siirto));

        Assert.StartsWith("henkilö.sukunimi: ", Assert.Single(virhe.Virheet).Viesti, StringComparison.Ordinal);
    }
}
