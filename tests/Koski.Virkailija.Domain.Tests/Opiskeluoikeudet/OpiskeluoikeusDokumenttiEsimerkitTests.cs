using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Koski.Virkailija.Domain.Opiskeluoikeudet;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Domain.Tests.Opiskeluoikeudet;

/// <summary>Every example document of KOSKI's own test data.</summary>
public class OpiskeluoikeusDokumenttiEsimerkitTests
{
    public static TheoryData<string> Tiedostot() => Esimerkit.Tiedostot();

    private static Esimerkit.Rivi Rivi(string tiedosto) => Esimerkit.Indeksi.Single(r => r.Tiedosto == tiedosto);

    [Fact]
    public void EsimerkkejaOn29()
    {
        Assert.Equal(29, Esimerkit.Indeksi.Count);
        Assert.Equal(29, Directory.GetFiles(Jaettu.Esimerkit, "*.json").Length);
    }

    [Theory]
    [MemberData(nameof(Tiedostot))]
    public void TyyppiJaTilatVastaavatIndeksia(string tiedosto)
    {
        var opiskeluoikeudet = Esimerkit.Opiskeluoikeudet(tiedosto);
        Assert.NotEmpty(opiskeluoikeudet);
        foreach (var json in opiskeluoikeudet)
        {
            var dokumentti = OpiskeluoikeusDokumentti.Lue(json);
            Assert.Equal(Rivi(tiedosto).Tyyppi, dokumentti.Tyyppi);
            Assert.Equal(Rivi(tiedosto).Tilat, string.Join("→", dokumentti.Jaksot.Select(j => j.Tila)));
            Assert.Equal(dokumentti.Jaksot[^1].Tila, dokumentti.Tila);
            Assert.False(dokumentti.Mitatoity);
        }
    }

    /// <summary>The examples carry KOSKI's own derived alkamispäivä and päättymispäivä.</summary>
    [Theory]
    [MemberData(nameof(Tiedostot))]
    public void PaivamaaratVastaavatKoskenJohtamia(string tiedosto)
    {
        foreach (var json in Esimerkit.Opiskeluoikeudet(tiedosto))
        {
            var alkuperainen = JsonNode.Parse(json)!;
            var dokumentti = OpiskeluoikeusDokumentti.Lue(json);
            Assert.Equal(Paiva(alkuperainen["alkamispäivä"]), dokumentti.Alkamispaiva);
            Assert.Equal(Paiva(alkuperainen["päättymispäivä"]), dokumentti.Paattymispaiva);
        }
    }

    [Theory]
    [MemberData(nameof(Tiedostot))]
    public void KoskematonDokumenttiSailyyEnnallaan(string tiedosto)
    {
        foreach (var json in Esimerkit.Opiskeluoikeudet(tiedosto))
        {
            var tulos = OpiskeluoikeusDokumentti.Lue(json).ToJson();
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(tulos)));
            Assert.Equal(Tiivis(json), tulos); // also the order of properties
        }
    }

    [Theory]
    [MemberData(nameof(Tiedostot))]
    public void AsetaOidMuuttaaVainOidin(string tiedosto)
    {
        foreach (var json in Esimerkit.Opiskeluoikeudet(tiedosto))
        {
            var dokumentti = OpiskeluoikeusDokumentti.Lue(json);
            dokumentti.AsetaOid("1.2.246.562.15.00000000042");
            var tulos = JsonNode.Parse(dokumentti.ToJson())!.AsObject();
            Assert.Equal("1.2.246.562.15.00000000042", dokumentti.Oid);
            Assert.Equal("1.2.246.562.15.00000000042", (string?)tulos["oid"]);
            tulos.Remove("oid");
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), tulos));
        }
    }

    [Theory]
    [MemberData(nameof(Tiedostot))]
    public void TaytaIndeksi(string tiedosto)
    {
        foreach (var json in Esimerkit.Opiskeluoikeudet(tiedosto))
        {
            var dokumentti = OpiskeluoikeusDokumentti.Lue(json);
            var rivi = new Opiskeluoikeus { Oid = "o", OppijaOid = "h", Tyyppi = "", OppilaitosOid = "", Json = "" };
            dokumentti.TaytaIndeksi(rivi);
            Assert.Equal(Rivi(tiedosto).Tyyppi, rivi.Tyyppi);
            Assert.True(Oidit.OnOrganisaatioOid(rivi.OppilaitosOid));
            Assert.Equal(dokumentti.Alkamispaiva, rivi.Alkamispaiva);
            Assert.Equal(dokumentti.Paattymispaiva, rivi.Paattymispaiva);
            Assert.Equal(dokumentti.Tila, rivi.Tila);
            Assert.Null(rivi.Lahdejarjestelma);
            Assert.False(rivi.TuliLahdejarjestelmasta);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(rivi.Json)));
        }
    }

    private static DateOnly? Paiva(JsonNode? arvo) => arvo is null ? null : DateOnly.Parse((string)arvo!, CultureInfo.InvariantCulture);

    /// <summary>The input written compactly by a path independent of JsonNode.</summary>
    private static string Tiivis(string json)
    {
        using var dokumentti = JsonDocument.Parse(json);
        using var puskuri = new MemoryStream();
        using (var kirjoittaja = new Utf8JsonWriter(puskuri, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            dokumentti.RootElement.WriteTo(kirjoittaja);
        return System.Text.Encoding.UTF8.GetString(puskuri.ToArray());
    }
}
