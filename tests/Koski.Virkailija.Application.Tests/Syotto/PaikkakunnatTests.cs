using Koski.Virkailija.Application.Koodistot;
using Koski.Virkailija.Application.Syotto;
using Koski.Virkailija.Domain.Koodistot;
using Koski.Virkailija.Testaus;

namespace Koski.Virkailija.Application.Tests.Syotto;

/// <summary>The vahvistus paikkakunta drop-down's choices come from the imported kunta code list.</summary>
public sealed class PaikkakunnatTests
{
    [Fact]
    public async Task Kunnat_tulevat_koodistosta_suomenkielisen_nimen_mukaan()
    {
        await using var tietokanta = await TestiTietokanta.SqliteAsync();
        var koodistot = new Koski.Virkailija.Application.Koodistot.Koodistot(tietokanta);
        var paikkakunnat = new Paikkakunnat(koodistot);
        Assert.Empty(await paikkakunnat.ValinnatAsync());

        await new KoodistoTuonti(tietokanta, koodistot).TuoAsync(
        [
            new Koodi { KoodistoUri = "kunta", Koodiarvo = "979", NimiFi = "Äänekoski" },
            new Koodi { KoodistoUri = "kunta", Koodiarvo = "179", NimiFi = "Jyväskylä" },
            new Koodi { KoodistoUri = "kunta", Koodiarvo = "091", NimiFi = "Helsinki" },
            new Koodi { KoodistoUri = "kieli", Koodiarvo = "FI", NimiFi = "suomi" },
        ]);

        Assert.Equal(["Helsinki (091)", "Jyväskylä (179)", "Äänekoski (979)"], (await paikkakunnat.ValinnatAsync()).Select(v => v.Nimi));
        Assert.Equal("179", (await paikkakunnat.ValinnatAsync())[1].Koodi);
    }
}
