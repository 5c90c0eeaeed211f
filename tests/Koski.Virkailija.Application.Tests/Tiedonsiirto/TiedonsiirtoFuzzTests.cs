using Koski.Virkailija.Application.Tiedonsiirto;
using Koski.Virkailija.Testaus;
using Microsoft.EntityFrameworkCore;
using static Koski.Virkailija.Application.Tests.Tiedonsiirto.TiedonsiirtoKanta;

namespace Koski.Virkailija.Application.Tests.Tiedonsiirto;

/// <summary>
/// Mutated KOSKI examples (deleted, duplicated, retyped, oversized fields): every one is stored whole or refused
/// with a KOSKI error, never another exception, and a refused one leaves the database as it was.
/// The number of rounds is KOSKI_FUZZ_KIERROKSET (default 1 000; the README shows a 10 000 run).
/// </summary>
public sealed class TiedonsiirtoFuzzTests
{
    [Fact]
    public async Task Mutatoidut_dokumentit_hylataan_avaimella_tai_tallennetaan_kokonaan()
    {
        var kierroksia = int.TryParse(Environment.GetEnvironmentVariable("KOSKI_FUZZ_KIERROKSET"), out var n) ? n : 1000;
        await using var kanta = await LuoAsync("Sqlite");
        var esimerkit = Directory.GetFiles(Jaettu.Esimerkit, "*.json").Order().Select(f => Esimerkki(Path.GetFileName(f))).ToList();
        var mutaattori = new Mutaattori(20261122);
        int tallennettu = 0, hylatty = 0;

        for (var kierros = 0; kierros < kierroksia; kierros++)
        {
            var dokumentti = mutaattori.Mutatoi(esimerkit[kierros % esimerkit.Count], 1 + kierros % 3);
            var ennen = await LaskeAsync(kanta);
            try
            {
                await kanta.Palvelu.TallennaAsync(Palvelukayttaja(Juuri), dokumentti);
                tallennettu++;
            }
            catch (KoskiVirheet virheet)
            {
                hylatty++;
                Assert.All(virheet.Virheet, v => Assert.Matches("^(badRequest|forbidden|notFound|conflict)\\.", v.Avain));
                Assert.True(ennen == await LaskeAsync(kanta), $"kierros {kierros}: hylätty siirto muutti tietokantaa");
            }
            catch (Exception e)
            {
                Assert.Fail($"kierros {kierros}: {e}");
            }
        }
        // Both outcomes must occur, or the mutations test nothing.
        Assert.True(tallennettu > 0 && hylatty > 0, $"tallennettu {tallennettu}, hylätty {hylatty}");
    }

    private static async Task<(int, int, int)> LaskeAsync(TiedonsiirtoKanta kanta)
    {
        await using var db = kanta.Tietokanta.CreateDbContext();
        return (await db.Oppijat.CountAsync(), await db.Opiskeluoikeudet.CountAsync(), await db.OpiskeluoikeusVersiot.CountAsync());
    }
}
