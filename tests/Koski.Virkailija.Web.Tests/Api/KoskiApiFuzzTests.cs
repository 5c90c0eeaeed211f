using System.Net;
using System.Text.Json.Nodes;
using Koski.Virkailija.Testaus;
using static Koski.Virkailija.Web.Tests.Api.ApiSovellus;

namespace Koski.Virkailija.Web.Tests.Api;

/// <summary>
/// Mutated KOSKI examples (fields deleted, duplicated, retyped, oversized; bodies with a duplicate property, invalid
/// UTF-8 or deep nesting) sent through HTTP: never a 5xx, every
/// refusal carries a KOSKI key, and a refused transfer leaves the database as it was.
/// KOSKI_FUZZ_KIERROKSET sets the number of rounds (default 1 000; README shows the 10 000 run).
/// </summary>
public sealed class KoskiApiFuzzTests
{
    [Fact]
    public async Task Mutatoidut_siirrot_eivat_koskaan_aiheuta_palvelinvirhetta_eivatka_osittaisia_kirjoituksia()
    {
        var kierroksia = int.TryParse(Environment.GetEnvironmentVariable("KOSKI_FUZZ_KIERROKSET"), out var n) ? n : 1000;
        await using var sovellus = await KaynnistaAsync("Sqlite", "--Tiedonsiirto:PyyntojaSekunnissa=100000",
            "--Tiedonsiirto:PyyntojaPurskeessa=100000");
        using var oph = sovellus.Palvelukayttajana(Oph, OphSalasana);
        var esimerkit = Directory.GetFiles(Jaettu.Esimerkit, "*.json").Order()
            .Select(f => (JsonNode)KoskiApiTests.Esimerkki(Path.GetFileName(f)!)).ToList();
        var mutaattori = new Mutaattori(20261122);
        int hyvaksytty = 0, hylatty = 0;
        var tavuvirheita = Enum.GetValues<Mutaattori.Tavuvirhe>().ToDictionary(v => v, _ => 0);
        for (var kierros = 0; kierros < kierroksia; kierros++)
        {
            var siirto = mutaattori.Mutatoi(esimerkit[kierros % esimerkit.Count], 1 + kierros % 3);
            var ennen = await sovellus.LaskeAsync();
            // Every fourth round breaks the bytes themselves: each such body is malformed JSON to KOSKI.
            var tavuina = kierros % 4 == 3 ? mutaattori.MutatoiTavuina(siirto) : default;
            var vastaus = await oph.PutAsync("/koski/api/oppija", tavuina.Tavut is null ? Json(siirto)
                : new ByteArrayContent(tavuina.Tavut) { Headers = { ContentType = new("application/json") } });
            var sisalto = await vastaus.Content.ReadAsStringAsync();
            Assert.True((int)vastaus.StatusCode < 500, $"kierros {kierros}: {(int)vastaus.StatusCode} {sisalto}");
            if (tavuina.Tavut is not null)
            {
                tavuvirheita[tavuina.Virhe]++;
                Assert.True(vastaus.StatusCode == HttpStatusCode.BadRequest && sisalto.Contains("badRequest.format.json", StringComparison.Ordinal),
                    $"kierros {kierros} ({tavuina.Virhe}): {(int)vastaus.StatusCode} {sisalto}");
            }
            if (vastaus.StatusCode == HttpStatusCode.OK)
            {
                hyvaksytty++;
                continue;
            }
            hylatty++;
            Assert.All(JsonNode.Parse(sisalto)!.AsArray(), v => Assert.Matches("^(badRequest|forbidden|notFound|conflict)\\.", v!["key"]!.GetValue<string>()));
            Assert.True(ennen == await sovellus.LaskeAsync(), $"kierros {kierros}: hylätty siirto muutti tietokantaa");
        }
        Assert.True(hyvaksytty > 0 && hylatty > 0, $"hyväksytty {hyvaksytty}, hylätty {hylatty}");
        Assert.All(tavuvirheita, v => Assert.True(v.Value > 0, $"{v.Key}: ei yhtään kierrosta"));
    }
}
